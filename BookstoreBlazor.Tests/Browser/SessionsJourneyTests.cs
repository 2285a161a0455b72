using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SessionsJourneyTests
{
    private const string KakaoTalkOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5";

    [Fact]
    public async Task SignedInOnAPhoneToo_TheSessionsPageListsBoth_AndSignsThePhoneOut()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var phone = await session.NewPageAsync(KakaoTalkOnIPhone);
        await session.SignInWithKakaoAsync(phone, KakaoAccount.Tester);
        await session.SignInWithKakaoAsync(page, KakaoAccount.Tester);
        await session.WaitUntilInteractiveAsync();

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("menu-sessions").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/sessions");
        await session.WaitUntilInteractiveAsync();

        var rows = page.GetByTestId("session-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var thisDevice = rows.Filter(new() { Has = page.GetByTestId("this-device") });
        await Assertions.Expect(thisDevice.GetByTestId("this-device")).ToHaveTextAsync("This device");
        await Assertions.Expect(thisDevice.GetByTestId("session-device")).ToHaveTextAsync("HeadlessChrome on Linux");
        await Assertions.Expect(thisDevice.GetByTestId("revoke-session")).ToHaveCountAsync(0);
        var phoneRow = rows.Filter(new() { HasNot = page.GetByTestId("this-device") });
        await Assertions.Expect(phoneRow.GetByTestId("session-device")).ToHaveTextAsync("KakaoTalk in-app browser on iPhone");
        await Assertions.Expect(phoneRow.GetByTestId("session-last-seen")).ToHaveTextAsync("just now");
        await session.ScreenshotAsync("11-sessions");

        await phoneRow.GetByTestId("revoke-session").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/sessions?notice=session-ended");
        await Assertions.Expect(page.GetByTestId("sessions-notice")).ToContainTextAsync("That session is signed out.");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await phone.GotoAsync(session.BaseUrl + "/");
        await Assertions.Expect(phone.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
    }
}
