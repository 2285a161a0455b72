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
/// A busy machine only makes the late answer later, so that side needs no margin. What must succeed inside the short
/// timeout (the setup's sign-in, the refresh once Logto is quick again) is tried until it does: a cold app and
/// emulator on a loaded machine can take longer than the timeout for their first calls, and a try that times out
/// leaves nothing behind.
/// </summary>
public sealed class LogtoSlowTests
{
    private static readonly TimeSpan ShortLogtoTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SlowAnswer = ShortLogtoTimeout + TimeSpan.FromSeconds(4);

    private static Dictionary<string, string?> ShortTimeout(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Logto:Timeout"] = ShortLogtoTimeout.ToString("c") };
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
        await Eventually.TrueAsync(async () => (await env.GoAsync("/sign-in/kakao")).Uri.AbsolutePath == EmulatorEnvironment.KakaoConsentPath,
            "A first walk to Kakao");
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
        // Access tokens live 10 minutes; with this leeway each is due for refresh as soon as it is issued.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(10) },
            ShortTimeout(("Sessions:RefreshLeeway", "00:10:00")));
        await SignInAsync(env);
        var before = await RefreshTokenAsync(env);
        env.Logto.Options.TokenResponseDelay = SlowAnswer;

        var duringSlowness = await env.GoAsync("/profile");
        env.Logto.Options.TokenResponseDelay = TimeSpan.Zero;
        BrowserPage afterSlowness = null!;
        await Eventually.TrueAsync(async () =>
        {
            afterSlowness = await env.GoAsync("/profile");
            return await RefreshTokenAsync(env) != before;
        }, "A refresh once Logto answers in time");

        Assert.Equal("카카오테스터", duringSlowness.Text("profile-name"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Logto has not answered the refresh of session"));
        Assert.Equal("카카오테스터", afterSlowness.Text("profile-name"));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto slower than `Logto:Timeout` to revoke the refresh token at sign-out",
        "The local session still ends and the user is told Logto was not reached")]
    [Fact]
    public async Task SignOut_WhenLogtoRevokesTooSlowly_StillEndsTheLocalSession_AndSaysSo()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: ShortTimeout());
        await SignInAsync(env);
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
        await SignInAsync(env);
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

    /// <summary>Signs in as the Kakao tester, trying again while the cold app's calls to Logto outlast the short timeout.</summary>
    private static Task SignInAsync(EmulatorEnvironment env) => Eventually.TrueAsync(async () =>
    {
        var consent = await env.GoAsync("/sign-in/kakao");
        if (consent.Uri.AbsolutePath != EmulatorEnvironment.KakaoConsentPath)
            return false;
        var landed = await env.Browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = KakaoAccount.Tester.Id.ToString(),
            ["decision"] = "agree",
            ["share_email"] = "true",
        });
        return landed.Uri.AbsolutePath == "/" && landed.Text("auth-state") == SessionInstances.SignedIn;
    }, "A first sign-in");

    private static async Task<string?> RefreshTokenAsync(EmulatorEnvironment env) =>
        (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token");
}
