using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FailureJourneyTests
{
    [Fact]
    public async Task CancelledKakaoConsent_ShowsAFriendlyPage_AndTryAgainSignsIn()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await page.Locator(".sign-in-buttons--large").GetByTestId("kakao-sign-in").ClickAsync();
        await page.GetByTestId("kakao-cancel").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/sign-in-failed"));
        await session.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign-in did not complete" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("failure-reason")).ToContainTextAsync("You cancelled signing in");
        await session.ScreenshotAsync("08-sign-in-cancelled");

        // Try again opens Logto's sign-in page, where the user may pick Kakao again or another way in.
        await page.GetByTestId("try-again").ClickAsync();
        await page.GetByTestId("kakao").ClickAsync();
        await page.GetByTestId("kakao-agree").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");
    }

    [Fact]
    public async Task DarkModeToggle_SwitchesThePalette()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.GotoAsync("/");
        var lightBackground = await BodyBackgroundAsync(page);

        await page.GetByTestId("dark-mode").ClickAsync();
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor !== '{lightBackground}'");

        Assert.NotEqual(lightBackground, await BodyBackgroundAsync(page));
        await session.ScreenshotAsync("09-home-dark-mode");
    }

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
