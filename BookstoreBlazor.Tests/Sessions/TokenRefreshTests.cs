using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Sessions.Refresh;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// Refresh ahead of expiry, once per session per token lifetime, never for static files or Blazor's traffic, one at
/// a time across instances, and a clean end when Logto refuses.
/// </summary>
public sealed class TokenRefreshTests
{
    // Emulator access tokens live 10 minutes; with this leeway a token is due for refresh 2 seconds after it is issued.
    // These count the user token's refreshes; without an API resource the profile page asks for no API token of its own.
    private static readonly Dictionary<string, string?> DueSoon = new() { ["Sessions:RefreshLeeway"] = "00:09:58", ["Logto:ApiResource"] = "" };
    private static readonly TimeSpan UntilDue = TimeSpan.FromSeconds(2.5);

    // The app's clock: it moves only when a test says so, so a token is due exactly when the test makes it due, and a
    // refresh that comes late on a busy machine finds new tokens that are not due yet (never a second refresh).
    private readonly SettableClock _clock = new();

    [Fact]
    public async Task ThreePageLoadsStaticFilesAndBlazorTraffic_MakeExactlyOneRefresh()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var before = await SavedTokens.ReadAsync(env);
        MakeDue();

        await Task.WhenAll(
            env.GoAsync("/"), env.GoAsync("/profile"), env.GoAsync("/"),
            Fetch(env, "/favicon.svg"), Fetch(env, "/_framework/blazor.web.js"), Fetch(env, "/_blazor/negotiate?negotiateVersion=1", HttpMethod.Post));
        await env.GoAsync("/profile");

        Assert.Equal(1, env.Logto.Statistics.RefreshTokenGrants);
        var after = await SavedTokens.ReadAsync(env);
        Assert.NotEqual(before.Properties.GetTokenValue("refresh_token"), after.Properties.GetTokenValue("refresh_token"));
        Assert.NotEqual(before.Properties.GetTokenValue("access_token"), after.Properties.GetTokenValue("access_token"));
    }

    [Fact]
    public async Task StaticFilesAndBlazorTrafficAlone_NeverRefresh()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        MakeDue();

        for (var i = 0; i < 5; i++)
        {
            await Fetch(env, "/favicon.svg");
            await Fetch(env, "/_blazor/negotiate?negotiateVersion=1", HttpMethod.Post);
        }

        Assert.Equal(0, env.Logto.Statistics.RefreshTokenGrants);
    }

    [Fact]
    public async Task Refresh_RebuildsThePrincipalFromUserClaimsOnly_AndTheCookieDoesNotChange()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var cookieBefore = AuthCookie(env);
        MakeDue();

        var profile = await env.GoAsync("/profile");

        Assert.Equal(1, env.Logto.Statistics.RefreshTokenGrants);
        Assert.Equal(cookieBefore, AuthCookie(env));
        var claims = (await SavedTokens.ReadAsync(env)).Principal.Claims.Select(c => c.Type).ToHashSet();
        Assert.DoesNotContain("nonce", claims);
        Assert.DoesNotContain("at_hash", claims);
        Assert.DoesNotContain("aud", claims);
        Assert.DoesNotContain("exp", claims);
        Assert.DoesNotContain("iat", claims);
        Assert.DoesNotContain("iss", claims);
        Assert.Contains("bookstore:identity", claims);
        Assert.Contains("bookstore:session", claims);
        Assert.Equal("카카오테스터", profile.Text("profile-name"));
        Assert.Equal("Kakao ID 4242424242", profile.Text("linked-identity-id"));
    }

    [Fact]
    public async Task TwoInstancesRacingOnOneSession_RefreshOnce_AndStaySignedIn()
    {
        var database = BookstoreAppFactory.NewDatabase();
        foreach (var (key, value) in DueSoon)
            database[key] = value;
        await using var a = await EmulatorEnvironment.StartAsync(Options(), database, _clock);
        await using var b = await EmulatorEnvironment.StartAppAsync(a.Logto, database, clock: _clock);
        await a.SignInWithKakaoAsync(KakaoAccount.Tester);
        SessionInstances.Give(b, SessionInstances.Cookies(a));
        var sessionId = (await SavedTokens.ReadAsync(a)).Principal.FindFirst(BookstoreBlazor.Sessions.SessionClaimTypes.SessionId)!.Value;
        await b.GoAsync("/"); // B now holds the session in its own cache too.
        MakeDue();

        var checks = await Task.WhenAll(new[] { a, b, a, b, a, b }.Select(instance => Task.Run(() =>
            instance.App.Services.GetRequiredService<SessionRefresher>().CheckAsync(sessionId, CancellationToken.None))));
        var pages = await Task.WhenAll(a.GoAsync("/"), b.GoAsync("/profile"));

        Assert.Equal(1, a.Logto.Statistics.RefreshTokenGrants);
        Assert.DoesNotContain(checks, c => c.State == SessionState.Ended);
        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.Equal("You are signed in with Logto.", pages[0].Text("auth-state"));
        Assert.Equal("카카오테스터", pages[1].Text("profile-name"));
    }

    [Fact]
    public async Task ManyConcurrentChecksOfADueSession_RefreshItOnce()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var sessionId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst(BookstoreBlazor.Sessions.SessionClaimTypes.SessionId)!.Value;
        var refresher = env.App.Services.GetRequiredService<SessionRefresher>();
        MakeDue();

        var checks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => refresher.CheckAsync(sessionId, CancellationToken.None))));

        Assert.Equal(1, env.Logto.Statistics.RefreshTokenGrants);
        Assert.DoesNotContain(checks, c => c.State == SessionState.Ended);
        Assert.Single(checks, c => c.State == SessionState.Refreshed);
    }

    [SecurityCase(CatalogueArea.Tokens, "A refresh token Logto no longer accepts",
        "The session ends cleanly and the user is told why")]
    [Fact]
    public async Task ARefreshLogtoRefuses_EndsTheSessionCleanly_WithANotice()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        await new OidcTestClient(env.Logto, env.Browser).RevokeAsync((await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!);
        MakeDue();

        var page = await env.GoAsync("/profile");
        var home = await env.GoAsync("/?notice=session-ended");

        Assert.Contains(page.Redirects, u => u.AbsolutePath == "/profile");
        Assert.Equal("/?notice=session-ended", page.Uri.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Your session has ended", home.Text("notice"));
        Assert.Equal("You are not signed in.", home.Text("auth-state"));
    }

    [SecurityCase(CatalogueArea.Tokens, "A refresh whose new ID token names another `sub`",
        "The session ends with a notice; the other user's claims are never adopted")]
    [Fact]
    public async Task ARefreshAnsweringForAnotherUser_EndsTheSession_AndKeepsNobodyElsesClaims()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        MakeDue();
        env.Logto.Options.RefreshedIdTokenSubject = "someone-else";

        var page = await env.GoAsync("/profile");

        Assert.Equal(1, env.Logto.Statistics.RefreshTokenGrants);
        Assert.Equal("/?notice=session-ended", page.Uri.PathAndQuery);
        Assert.Equal("You are not signed in.", page.Text("auth-state"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("different subject"));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto down during a refresh",
        "The session is kept and refreshed once Logto is back")]
    [Fact]
    public async Task WhenLogtoCannotBeReached_TheSessionIsKept_AndRefreshedLater()
    {
        await using var env = await EmulatorEnvironment.StartAsync(Options(), DueSoon, _clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var before = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token");
        MakeDue();
        env.Logto.Options.FailTokenRequests = true;

        var duringOutage = await env.GoAsync("/");
        var afterFailure = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token");
        env.Logto.Options.FailTokenRequests = false;
        var afterOutage = await env.GoAsync("/");

        Assert.Equal("You are signed in with Logto.", duringOutage.Text("auth-state"));
        Assert.Equal(before, afterFailure);
        Assert.Equal("You are signed in with Logto.", afterOutage.Text("auth-state"));
        Assert.NotEqual(before, (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token"));
    }

    [Fact]
    public async Task SignOut_RevokesTheRefreshTokenAtLogto()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var refreshToken = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!;

        await env.SignOutAsync();

        var client = new OidcTestClient(env.Logto, env.Browser);
        var refresh = await client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });
        Assert.Equal("invalid_grant", refresh["error"]!.GetValue<string>());
    }

    // A slow token endpoint keeps a refresh in flight long enough for racing callers to collide.
    /// <summary>Moves the app's clock to when the signed-in token is due for refresh.</summary>
    private void MakeDue() => _clock.Advance(UntilDue);

    private static LogtoEmulatorOptions Options() =>
        new() { AccessTokenLifetime = TimeSpan.FromMinutes(10), TokenResponseDelay = TimeSpan.FromMilliseconds(300) };

    private static string AuthCookie(EmulatorEnvironment env) => env.Browser.Cookies.GetCookies(env.AppBase)[SavedTokens.CookieName]!.Value;

    private static async Task<HttpStatusCode> Fetch(EmulatorEnvironment env, string path, HttpMethod? method = null)
    {
        // Same cookies as the browser, but asking the way a script or a stylesheet link does.
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = env.Browser.Cookies, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(env.AppBase, path));
        request.Headers.Accept.ParseAdd("*/*");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
