using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>
/// Logto answers, but later than <c>Logto:Timeout</c>. The emulator's delay sits between that shorter timeout and the
/// 10 s default, so each test also fails if the setting were ignored: the late answer would then still be waited for.
/// The timeout still leaves room for a cold emulator on a busy machine.
/// </summary>
public sealed class LogtoSlowTests
{
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(8);

    private static Dictionary<string, string?> ShortTimeout(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Logto:Timeout"] = "00:00:04" };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    [SecurityCase(CatalogueArea.Faults, "Logto slower than `Logto:Timeout` to redeem the code at sign-in",
        "The sign-in-failed page says Logto could not be reached; no session is created")]
    [Fact]
    public async Task SignIn_WhenLogtoRedeemsTheCodeTooSlowly_EndsOnTheFriendlyPage_WithoutASession()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: ShortTimeout());
        // A first walk to Kakao fetches discovery and keys from the cold emulator, so only the code redemption is slow.
        await env.GoAsync("/sign-in/kakao");
        env.Logto.Options.TokenResponseDelay = SlowAnswer;

        var page = await env.SignInWithKakaoAsync(KakaoAccount.Tester, start: "/sign-in/kakao?returnUrl=%2Fprofile");

        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.Equal("unreachable", OidcTestClient.Query(page.Uri)["reason"]);
        Assert.Equal("Bookstore could not reach Logto to finish signing you in.", page.Text("failure-reason"));
        Assert.Equal("/sign-in?returnUrl=%2Fprofile", page.Attribute("try-again", "href"));
        Assert.Null(SessionInstances.Cookies(env)[SavedTokens.CookieName]);
        Assert.Equal(0, await SessionRows.CountAsync(env));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto slower than `Logto:Timeout` to answer a token refresh",
        "The session is kept as it was and refreshed once Logto answers in time")]
    [Fact]
    public async Task Refresh_WhenLogtoAnswersTooSlowly_KeepsTheSession_AndRefreshesLater()
    {
        // Access tokens live 10 minutes; with this leeway one is due for refresh 2 seconds after it is issued.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(10) },
            ShortTimeout(("Sessions:RefreshLeeway", "00:09:58")));
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var before = await RefreshTokenAsync(env);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        env.Logto.Options.TokenResponseDelay = SlowAnswer;

        var duringSlowness = await env.GoAsync("/profile");
        env.Logto.Options.TokenResponseDelay = TimeSpan.Zero;
        var afterSlowness = await env.GoAsync("/profile");

        Assert.Equal("카카오테스터", duringSlowness.Text("profile-name"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Logto has not answered the refresh of session"));
        Assert.Equal("카카오테스터", afterSlowness.Text("profile-name"));
        Assert.NotEqual(before, await RefreshTokenAsync(env));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto slower than `Logto:Timeout` to revoke the refresh token at sign-out",
        "The local session still ends and the user is told Logto was not reached")]
    [Fact]
    public async Task SignOut_WhenLogtoRevokesTooSlowly_StillEndsTheLocalSession_AndSaysSo()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: ShortTimeout());
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        env.Logto.Options.RevocationResponseDelay = SlowAnswer;

        var home = await env.SignOutAsync();

        Assert.Equal("/?notice=signed-out-locally", home.PathAndQuery);
        Assert.Equal("You are signed out of Bookstore. Logto could not be reached, so your Logto session may still be active.",
            home.Text("notice"));
        Assert.Equal(SessionInstances.SignedOut, home.Text("auth-state"));
        Assert.Equal(0, await SessionRows.CountAsync(env));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Logto could not be reached for revocation (TaskCanceledException)"));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto rotates the refresh token but its answer arrives after `Logto:Timeout`",
        "The page goes on at the timeout; the late answer is still taken, so the spent token is never reused and the user stays signed in")]
    [Fact]
    public async Task Refresh_WhenLogtoRotatesButAnswersAfterTheTimeout_TakesTheLateAnswer_AndStaysSignedIn()
    {
        // Every user access token is due at once, so each page load refreshes.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(10) },
            ShortTimeout(("Sessions:RefreshLeeway", "00:10:00")));
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var before = await RefreshTokenAsync(env);
        env.Logto.Options.RefreshAnswerDelayAfterRotation = SlowAnswer;

        var duringSlowness = await env.GoAsync("/profile");
        env.Logto.Options.RefreshAnswerDelayAfterRotation = TimeSpan.Zero;
        await Eventually.TrueAsync(async () => await RefreshTokenAsync(env) != before, "Saving the late answer's refresh token");
        var late = await RefreshTokenAsync(env);
        var afterSlowness = await env.GoAsync("/profile");

        Assert.Equal("카카오테스터", duringSlowness.Text("profile-name"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Logto has not answered the refresh of session"));
        // The next refresh used the late answer's token: Logto took it (a spent one would have ended the session).
        Assert.Equal("카카오테스터", afterSlowness.Text("profile-name"));
        Assert.NotEqual(late, await RefreshTokenAsync(env));
        Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains("Logto refused a refresh"));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto slower than `Logto:Timeout` to revoke another session's refresh token on /sessions",
        "That session still ends, this one is kept, and the page says Logto was not reached")]
    [Fact]
    public async Task SigningOutAnotherSession_WhenLogtoRevokesTooSlowly_StillEndsIt_AndSaysSo()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: ShortTimeout());
        var (phone, phoneId) = await SessionsWalk.SignInPhoneTooAsync(env);
        using var _ = phone;
        var laptopToken = await RefreshTokenAsync(env);
        env.Logto.Options.RevocationResponseDelay = SlowAnswer;

        var done = await env.Browser.SignOutSessionAsync(env, phoneId);

        Assert.Equal("/sessions?notice=session-ended-locally", done.PathAndQuery);
        Assert.Equal("That session is signed out of Bookstore. Logto could not be reached, so that device may still be able to use " +
                     "your Logto sign-in.", done.Text("sessions-notice"));
        Assert.False(await phone.IsSignedInAsync(env));
        Assert.Equal(1, await SessionRows.CountAsync(env));
        Assert.Equal(laptopToken, await RefreshTokenAsync(env));
        Assert.True(await env.Browser.IsSignedInAsync(env));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Logto could not be reached for revocation (TaskCanceledException)"));
    }

    private static async Task<string?> RefreshTokenAsync(EmulatorEnvironment env) =>
        (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token");
}
