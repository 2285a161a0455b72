using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>
/// The user is on Kakao's consent page when the app restarts (a deploy, a crash); the restarted app listens at the
/// same address, where Logto sends the user back.
/// </summary>
public sealed class RestartMidSignInTests
{
    [SecurityCase(CatalogueArea.Faults, "The app restarts while the user is on Kakao's consent page (same database and key ring)",
        "The sign-in completes where it was headed")]
    [Fact]
    public async Task WithTheSameDatabase_TheSignInCompletes()
    {
        await using var logto = await StartLogtoAsync();
        var database = BookstoreAppFactory.NewDatabase();
        try
        {
            var (consent, cookies, port) = await ReachKakaoAsync(logto, database);
            await using var restarted = await EmulatorEnvironment.StartAppAsync(logto, database, port: port);
            GiveAll(restarted, cookies);

            var page = await restarted.Browser.SubmitAsync(consent, KakaoAgree);

            Assert.Equal("/profile", page.PathAndQuery);
            Assert.Equal("카카오테스터", page.Text("profile-name"));
        }
        finally
        {
            BookstoreAppFactory.DeleteDatabase(database["Sessions:DatabasePath"]!);
        }
    }

    [SecurityCase(CatalogueArea.Faults, "The app restarts while the user is on Kakao's consent page, with a fresh database and key ring",
        "The friendly sign-in-failed page (never an error page); its Try again signs the user in")]
    [Fact]
    public async Task WithAFreshDatabaseAndKeyRing_TheUserLandsOnTheFriendlyPage_AndTryAgainSignsIn()
    {
        await using var logto = await StartLogtoAsync();
        var lost = BookstoreAppFactory.NewDatabase();
        var (consent, cookies, port) = await ReachKakaoAsync(logto, lost);
        BookstoreAppFactory.DeleteDatabase(lost["Sessions:DatabasePath"]!);
        // The state Logto returns was sealed with the old key ring, which this instance never saw.
        await using var restarted = await EmulatorEnvironment.StartAppAsync(logto, port: port);
        GiveAll(restarted, cookies);

        var failed = await restarted.Browser.SubmitAsync(consent, KakaoAgree);
        var tryAgain = failed.Attribute("try-again", "href")!;
        // Logto kept its own session from the Kakao consent, so it sends the user straight back, signed in.
        var signedIn = await restarted.GoAsync(tryAgain);

        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal("/sign-in-failed", failed.Uri.AbsolutePath);
        Assert.Equal("Something went wrong between Bookstore and Logto, or the sign-in took too long.", failed.Text("failure-reason"));
        Assert.Equal("/sign-in", tryAgain);
        Assert.Equal("/", signedIn.Uri.AbsolutePath);
        await SessionInstances.AssertSignedInAsync(restarted, "카카오테스터");
    }

    /// <summary>Starts signing in on an app instance that is then stopped; returns what the browser is left holding.</summary>
    private static async Task<(BrowserPage Consent, CookieCollection Cookies, int Port)> ReachKakaoAsync(
        LogtoEmulatorHost logto, Dictionary<string, string?> database)
    {
        await using var first = await EmulatorEnvironment.StartAppAsync(logto, database);
        var consent = await first.GoAsync("/sign-in/kakao?returnUrl=%2Fprofile");
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, consent.Uri.AbsolutePath);
        return (consent, first.Browser.Cookies.GetAllCookies(), first.AppBase.Port);
    }

    /// <summary>The same browser: every cookie, including the correlation cookie scoped to the callback path.</summary>
    private static void GiveAll(EmulatorEnvironment to, CookieCollection cookies)
    {
        foreach (Cookie cookie in cookies)
            to.Browser.Cookies.Add(cookie);
    }

    private static Task<LogtoEmulatorHost> StartLogtoAsync() => LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });

    private static readonly Dictionary<string, string?> KakaoAgree = new()
    {
        ["account"] = KakaoAccount.Tester.Id.ToString(),
        ["decision"] = "agree",
        ["share_email"] = "true",
    };
}
