using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>The language menu in the app bar: the page stays, its words and <c>&lt;html lang&gt;</c> change, signed out and in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageJourneyTests
{
    private static async Task ChooseAsync(BrowserSession session, string culture, string path)
    {
        var page = session.Page;
        // An interactive page's MudMenu, or a static page's (the catalogue's) native disclosure.
        await page.Locator("[data-testid=language-menu] button, button[data-testid=language-menu], [data-testid=language-menu-static] > summary").First.ClickAsync();
        await page.GetByTestId($"language-{culture}").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await session.WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task SwitchToKoreanThenJapanese_OnBooksAndHome_SignedOutAndSignedIn()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/books?sort=year");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Books");

        await ChooseAsync(session, "ko", "/books?sort=year");
        await Expect(page.Locator("h1")).ToHaveTextAsync("책");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^책 [\d,]+권$"));
        await Expect(page.GetByTestId("kakao-sign-in")).ToHaveTextAsync("카카오로 시작하기");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("l10n-ko-books");

        // The choice is remembered: a fresh navigation stays Korean.
        await session.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Bookstore에 오신 것을 환영해요");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("l10n-ko-home");

        await ChooseAsync(session, "ja", "/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Bookstoreへようこそ");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("l10n-ja-home");
        await session.GotoAsync("/books");
        await Expect(page.Locator("h1")).ToHaveTextAsync("本");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("l10n-ja-books");

        await ChooseAsync(session, "en", "/books");
        await session.SignInWithKakaoAsync(KakaoAccount.Tester);
        await session.GotoAsync("/books");
        await ChooseAsync(session, "ko", "/books");
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-shelf")).ToHaveTextAsync("내 책장");
        await Expect(page.Locator("h1")).ToHaveTextAsync("책");
        await session.ScreenshotAsync("l10n-ko-books-signed-in");
    }

    [Fact]
    public async Task OnAStaticStatusPage_TheLanguageMenuOpensWithoutACircuit_ByKeyboard_AndKeepsThePage()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var response = await page.GotoAsync(session.BaseUrl + "/no-such-shelf");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // No circuit here: the menu is a native disclosure, opened from the keyboard like any button.
        var menu = page.GetByTestId("language-menu-static");
        await menu.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("open", "");
        await Expect(menu.GetByTestId("language-en")).ToHaveAttributeAsync("aria-current", "true");
        await session.ScreenshotAsync("l10n-static-language-menu");
        await menu.GetByTestId("language-ko").ClickAsync();

        await page.WaitForURLAsync(session.BaseUrl + "/no-such-shelf");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.Locator("h1")).ToHaveTextAsync("페이지를 찾을 수 없어요");
        await Expect(page.GetByTestId("language-menu-static").GetByTestId("language-ko")).ToHaveAttributeAsync("aria-current", "true");
    }
}
