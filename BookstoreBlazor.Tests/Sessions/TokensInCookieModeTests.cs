using System.Net;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// <c>Sessions:TokensInCookie</c>, the benchmark's baseline (Microsoft's and Logto's samples): the whole ticket in
/// chunked cookies, no session rows, no revalidation; and the app still signs in, shows the profile and signs out.
/// </summary>
public sealed class TokensInCookieModeTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> TokensInCookie = new() { ["Sessions:TokensInCookie"] = "true" };

    private const string Warning = "tokens are kept in the browser's cookie; sessions cannot be listed or revoked; for benchmark comparison only";

    [Fact]
    public async Task KakaoSignIn_PutsTheTokensInTheCookie_StoresNoSession_AndTheAppStillWorks()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: TokensInCookie);

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var authCookies = AuthCookies(env);
        Assert.InRange(Report(authCookies), 2049, int.MaxValue);
        var ticket = TicketInCookie(env, authCookies);
        Assert.False(string.IsNullOrEmpty(ticket.Properties.GetTokenValue("refresh_token")));
        Assert.False(string.IsNullOrEmpty(ticket.Properties.GetTokenValue("id_token")));
        Assert.Equal(0, await SessionRows.CountAsync(env));
        await AssertProfileThenSignOutAsync(env, KakaoAccount.Tester.Nickname);
    }

    [Fact]
    public async Task ATicketTooBigForOneCookie_IsChunked_AndStillSignsInAndOut()
    {
        var wordy = KakaoAccount.Tester with { Id = 4646464646, Nickname = string.Concat(Enumerable.Repeat("카카오테스터", 20)) };
        await using var env = await EmulatorEnvironment.StartAsync(
            new LogtoEmulatorOptions { Kakao = { Accounts = [wordy] } }, TokensInCookie);

        await env.SignInWithKakaoAsync(wordy);

        var authCookies = AuthCookies(env);
        Report(authCookies);
        Assert.Contains(authCookies, c => c.Name == SavedTokens.CookieName + "C2");
        Assert.Equal(wordy.Nickname, TicketInCookie(env, authCookies).Principal.FindFirst("name")?.Value);
        Assert.Equal(0, await SessionRows.CountAsync(env));
        await AssertProfileThenSignOutAsync(env, wordy.Nickname);
    }

    [Fact]
    public async Task TokensInCookie_UsesThePlainProvider_NoSessionStore_AndWarnsOnceAtStartUp()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: TokensInCookie);
        using var scope = env.App.Services.CreateScope();

        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        Assert.IsType<ServerAuthenticationStateProvider>(provider);
        Assert.IsNotAssignableFrom<SessionRevalidatingAuthenticationStateProvider>(provider);
        Assert.Null(CookieOptions(env).SessionStore);
        // The whole user is in the cookie here: a remembered ticket would be one principal shared by requests.
        Assert.IsNotType<DecryptedCookies>(CookieOptions(env).TicketDataFormat);
        var warning = Assert.Single(env.App.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
        Assert.StartsWith("Warning ", warning);
    }

    [Fact]
    public async Task ByDefault_SessionsStayServerSide_Revalidated_AndNothingIsWarned()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var scope = env.App.Services.CreateScope();

        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        Assert.IsType<SessionRevalidatingAuthenticationStateProvider>(provider);
        Assert.IsType<ServerSideTicketStore>(CookieOptions(env).SessionStore);
        Assert.IsType<DecryptedCookies>(CookieOptions(env).TicketDataFormat);
        Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
    }

    private static async Task AssertProfileThenSignOutAsync(EmulatorEnvironment env, string name)
    {
        var profile = await env.GoAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal(name, profile.Text("profile-name"));

        var signedOut = await env.SignOutAsync();

        Assert.True(signedOut.Visited("/oidc/session/end"));
        Assert.Equal(SessionInstances.SignedOut, signedOut.Text("auth-state"));
        Assert.Empty(AuthCookies(env));
    }

    /// <summary>Writes the cookies' sizes (name=value, as the browser sends them) and returns their total.</summary>
    private int Report(IReadOnlyList<Cookie> authCookies)
    {
        var total = authCookies.Sum(Size);
        output.WriteLine($"Auth cookies: {string.Join(", ", authCookies.Select(c => $"{c.Name} {Size(c)} B"))}; total {total} B");
        return total;
    }

    private static int Size(Cookie cookie) => cookie.Name.Length + 1 + cookie.Value.Length;

    /// <summary>The auth cookie and its chunks (<c>bookstore.authC1</c>, <c>C2</c>, ...) as the browser holds them.</summary>
    private static List<Cookie> AuthCookies(EmulatorEnvironment env) =>
        SessionInstances.Cookies(env).Where(c => c.Name.StartsWith(SavedTokens.CookieName, StringComparison.Ordinal)).ToList();

    /// <summary>The ticket the cookies carry, put together by the app's own cookie manager and decrypted with its keys.</summary>
    private static AuthenticationTicket TicketInCookie(EmulatorEnvironment env, IEnumerable<Cookie> cookies)
    {
        var options = CookieOptions(env);
        var request = new DefaultHttpContext();
        request.Request.Headers.Cookie = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
        var value = options.CookieManager.GetRequestCookie(request, options.Cookie.Name!)
            ?? throw new InvalidOperationException("No auth cookie.");
        return options.TicketDataFormat.Unprotect(value) ?? throw new InvalidOperationException("The auth cookie does not decrypt.");
    }

    private static CookieAuthenticationOptions CookieOptions(EmulatorEnvironment env) =>
        env.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LogtoSchemes.Cookie);
}
