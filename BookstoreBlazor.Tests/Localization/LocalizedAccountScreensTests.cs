using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Admin;
using BookstoreBlazor.Tests.Browser;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The sessions, profile and admin pages in a real browser in Korean or Japanese, with their screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LocalizedAccountScreensTests
{
    private const string KakaoTalkOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5";

    [Fact]
    public async Task SessionsPage_InKorean_NamesBothDevicesInKorean()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var phone = await session.NewPageAsync(KakaoTalkOnIPhone);
        await session.SignInWithKakaoAsync(phone, KakaoAccount.Tester);
        await session.SignInWithKakaoAsync(page, KakaoAccount.Tester);
        await ChooseLanguageAsync(session, "ko");

        // A static page: there is no circuit to wait for, only the page.
        await page.GotoAsync(session.BaseUrl + "/sessions");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("로그인된 기기");
        var rows = page.GetByTestId("session-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var thisDevice = rows.Filter(new() { Has = page.GetByTestId("this-device") });
        await Assertions.Expect(thisDevice.GetByTestId("this-device")).ToHaveTextAsync("이 기기");
        await Assertions.Expect(thisDevice.GetByTestId("session-device")).ToHaveTextAsync("Linux의 HeadlessChrome");
        var phoneRow = rows.Filter(new() { HasNot = page.GetByTestId("this-device") });
        await Assertions.Expect(phoneRow.GetByTestId("session-device")).ToHaveTextAsync("iPhone의 카카오톡 인앱 브라우저");
        await Assertions.Expect(phoneRow.GetByTestId("session-last-seen")).ToHaveTextAsync("방금");
        await Assertions.Expect(phoneRow.GetByTestId("revoke-session")).ToHaveTextAsync("로그아웃");
        await session.ScreenshotAsync("31-sessions-ko");
    }

    [Fact]
    public async Task AdminForm_InJapanese_ExplainsMistakesInJapanese()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        await ChooseLanguageAsync(session, "ja");
        await session.SignInAtAsync("admin", "/admin/books/new");

        await page.Locator(".field-isbn input").FillAsync("978-0-00-000001-0");
        await page.Locator(".field-title input").FillAsync("吾輩は猫である");
        await page.Locator(".field-year input").FillAsync("3000");
        await page.GetByTestId("save-book").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("本を追加");
        await Assertions.Expect(page.Locator(".field-isbn .mud-input-helper-text")).ToContainTextAsync("有効な ISBN-13 ではありません。");
        await Assertions.Expect(page.Locator(".field-year .mud-input-helper-text")).ToContainTextAsync("出版年は 700 年から");
        await Assertions.Expect(page.Locator(".field-authors .mud-input-helper-text")).ToContainTextAsync("著者を 1 人以上入力してください。");
        await Assertions.Expect(page.Locator(".field-title input")).ToHaveValueAsync("吾輩は猫である");
        // Saving scrolls to the first mistake; back to the top, so the picture shows the heading with the messages.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await session.ScreenshotAsync("32-admin-ja");
    }

    [Fact]
    public async Task ProfilePage_InJapanese()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.SignInWithKakaoAsync(page, KakaoAccount.Tester);
        await ChooseLanguageAsync(session, "ja");

        await session.GotoAsync("/profile");
        await session.WaitUntilInteractiveAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("マイプロフィール");
        await Assertions.Expect(page.GetByTestId("linked-identity-kakao")).ToContainTextAsync("カカオ");
        await Assertions.Expect(page.GetByTestId("claims-table")).ToContainTextAsync("Logto ユーザー ID");
        await session.ScreenshotAsync("33-profile-ja");
    }

    /// <summary>What the language menu leaves behind: the standard culture cookie.</summary>
    private static Task ChooseLanguageAsync(BrowserSession session, string culture) =>
        session.Page.Context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={culture}|uic={culture}"), Url = session.BaseUrl,
        }]);

}
