using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>The PostgreSQL session database becomes unreachable, then comes back.</summary>
public sealed class PostgresDownTests
{
    [SecurityCase(CatalogueArea.Faults, "PostgreSQL session database unreachable (connections reset, new ones refused)",
        "Signed-in page loads, completing a sign-in and sign-out get the 503 page (no stack trace, security headers, " +
        "`Retry-After`); `/health/ready` 503; once it is back the same browser is still signed in and a new sign-in works")]
    [Fact]
    public async Task WhileTheDatabaseIsDown_EveryStepGetsThe503Page_AndNothingIsLostWhenItComesBack()
    {
        await using var postgres = await PostgresBehindRelay.CreateAsync();
        await using var env = await EmulatorEnvironment.StartAsync(settings: postgres.Settings(
            ("Sessions:DatabaseTimeout", "00:00:02"),
            // Every page load reads the database, as it does once an instance's short cache has lapsed.
            ("Sessions:CacheDuration", "00:00:00.001")));
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var confirmation = await env.GoAsync("/sign-out");
        using var newcomer = new HttpBrowser();

        postgres.Cut();
        using var pageLoad = await SessionStoreOutagePage.LoadAsync(env, "/profile");
        var profile = await env.GoAsync("/profile");
        var signOut = await env.Browser.SubmitAsync(confirmation, action: "/sign-out");
        // Nothing needs the database until the sign-in is saved: the newcomer gets as far as Kakao.
        var consent = await newcomer.GoAsync(new Uri(env.AppBase, "/sign-in/kakao"));
        var signIn = await newcomer.SubmitAsync(consent, KakaoAgree);
        var readiness = await SessionStoreOutagePage.ReadinessAsync(env);
        postgres.Restore();
        await WaitUntilReadyAsync(env);

        await SessionStoreOutagePage.AssertResponseAsync(pageLoad);
        SessionStoreOutagePage.AssertShown(profile, SessionStoreOutagePage.PageText, "/profile");
        SessionStoreOutagePage.AssertShown(signOut, SessionStoreOutagePage.SignOutText, "/sign-out");
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, consent.Uri.AbsolutePath);
        SessionStoreOutagePage.AssertShown(signIn, SessionStoreOutagePage.SignInText, "/sign-in");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness);
        await SessionInstances.AssertSignedInAsync(env, "카카오테스터");
        var retried = await newcomer.GoAsync(new Uri(env.AppBase, "/sign-in"));
        Assert.Equal("/", retried.Uri.AbsolutePath);
        Assert.Equal(SessionInstances.SignedIn, retried.Text("auth-state"));
    }

    /// <summary>
    /// What an orchestrator does before it sends users back: a connection the pool kept from before the outage
    /// fails once, and the probe's retries clear them out.
    /// </summary>
    private static async Task WaitUntilReadyAsync(EmulatorEnvironment env)
    {
        await Eventually.TrueAsync(async () => await SessionStoreOutagePage.ReadinessAsync(env) == HttpStatusCode.OK,
            "/health/ready recovering after the database came back");
    }

    private static readonly Dictionary<string, string?> KakaoAgree = new()
    {
        ["account"] = KakaoAccount.Tester.Id.ToString(),
        ["decision"] = "agree",
        ["share_email"] = "true",
    };
}
