using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SessionsJourneyTests
{
    private const string KakaoTalkOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5";

    private const string FirefoxOnWindows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    [Fact]
    public async Task SignedInOnAPhoneAndALaptopToo_TheSessionsPageEndsThePhone_ThenEverythingElse()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var phone = await session.NewPageAsync(KakaoTalkOnIPhone);
        var laptop = await session.NewPageAsync(FirefoxOnWindows);
        await session.SignInWithKakaoAsync(phone, KakaoAccount.Tester);
        await session.SignInWithKakaoAsync(laptop, KakaoAccount.Tester);
        await session.SignInWithKakaoAsync(page, KakaoAccount.Tester);

        // A static page: its rows are there with the page, and its buttons are plain form posts; the only circuit is
        // the account island's, which watches the session.
        await page.GotoAsync(session.BaseUrl + "/sessions");
        var rows = page.GetByTestId("session-row");
        await Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(0, await page.Locator("[data-interactive]:not([data-testid=account-island])").CountAsync());
        var thisDevice = rows.Filter(new() { Has = page.GetByTestId("this-device") });
        await Expect(thisDevice.GetByTestId("this-device")).ToHaveTextAsync("This device");
        await Expect(thisDevice.GetByTestId("session-device")).ToHaveTextAsync("HeadlessChrome on Linux");
        await Expect(thisDevice.GetByTestId("revoke-session")).ToHaveCountAsync(0);
        var phoneRow = rows.Filter(new() { HasText = "KakaoTalk in-app browser on iPhone" });
        await Expect(phoneRow.GetByTestId("session-last-seen")).ToHaveTextAsync("just now");
        await session.ScreenshotAsync("11-sessions");

        await phoneRow.GetByTestId("revoke-session").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/sessions?notice=session-ended");
        await Expect(page.GetByTestId("sessions-notice")).ToContainTextAsync("That session is signed out.");
        await Expect(rows).ToHaveCountAsync(2);
        await phone.GotoAsync(session.BaseUrl + "/");
        await Expect(phone.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");

        await page.GetByTestId("revoke-others").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/sessions?notice=others-ended");
        await Expect(page.GetByTestId("sessions-notice")).ToContainTextAsync("You are signed out everywhere else.");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("no-other-sessions")).ToBeVisibleAsync();
        await session.ScreenshotAsync("11-sessions-others-ended");
        await laptop.GotoAsync(session.BaseUrl + "/");
        await Expect(laptop.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");

        // Dismissing the notice is a link to the page without it.
        await page.GetByTestId("dismiss-notice").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/sessions");
        await Expect(page.GetByTestId("sessions-notice")).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(1);
    }
}
