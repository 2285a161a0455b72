using System.Net;
using BookstoreBlazor.Tests.Browser;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Faults;

[Collection(BrowserCollection.Name)]
public sealed class SessionStoreOutageJourneyTests
{
    [SecurityCase(CatalogueArea.Faults, "The PostgreSQL session database goes down under an open, signed-in page",
        "The open page stays signed in (an unanswered revalidation is not a sign-out); the next page load shows the " +
        "503 page; once the database is back its Try again loads the page signed in")]
    [Fact]
    public async Task AnOpenPage_StaysSignedInThroughTheOutage_TheNextLoadExplains_AndTryAgainRecovers()
    {
        await using var postgres = await PostgresBehindRelay.CreateAsync();
        await using var session = await BrowserSession.StartAsync(postgres.Settings(
            ("Sessions:RevalidationInterval", "00:00:01"),
            ("Sessions:CacheDuration", "00:00:00.001"),
            ("Sessions:DatabaseTimeout", "00:00:02")));
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();

        postgres.Cut();
        // Two revalidations met the outage (the framework's own handling would sign the page out at the first).
        await Eventually.TrueAsync(async () => session.Environment.App.Logs.Lines.Count(l => l.Contains("could not be read to revalidate")) >= 2 ||
                                     !await page.GetByTestId("user-menu").IsVisibleAsync());
        await Assertions.Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");

        var outage = await page.GotoAsync(session.BaseUrl + "/profile");
        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, outage!.Status);
        await Assertions.Expect(page.GetByTestId("status-title")).ToHaveTextAsync(SessionStoreOutagePage.Title);
        await Assertions.Expect(page.GetByTestId("status-text")).ToHaveTextAsync(SessionStoreOutagePage.PageText);
        await session.ScreenshotAsync("13-session-store-unavailable");

        postgres.Restore();
        await Eventually.TrueAsync(async () => await ReadinessAsync(session) == HttpStatusCode.OK);
        await page.GetByRole(AriaRole.Link, new() { Name = "Try again" }).ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("카카오테스터");
    }

    private static async Task<HttpStatusCode> ReadinessAsync(BrowserSession session)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(session.BaseUrl + "/health/ready");
        return response.StatusCode;
    }
}
