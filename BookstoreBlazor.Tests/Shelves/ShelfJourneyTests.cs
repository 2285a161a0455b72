using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Browser;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Shelves;

[Collection(BrowserCollection.Name)]
public sealed class ShelfJourneyTests
{
    private const string DarkBackground = "rgb(18, 17, 24)"; // BookstoreTheme's dark Background, #121118

    [Fact]
    public async Task MyShelf_FromTheMenu_EmptyThenFilled_FilteredByState_InLightDarkAndNarrow()
    {
        await using var session = await BrowserSession.StartAsync();
        var (env, page) = (session.Environment, session.Page);
        await session.SignInWithKakaoFromHomeAsync();

        await page.GetByTestId("nav-shelf").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/shelf");
        await Assertions.Expect(page.GetByTestId("shelf-empty")).ToContainTextAsync("Your shelf is empty");
        await session.ScreenshotAsync("shelf-01-empty");

        await env.FillSampleShelfAsync(env.SubjectOf(KakaoAccount.Tester));
        await session.GotoAsync("/shelf");
        await Assertions.Expect(page.GetByTestId("shelf-item")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("shelf-count-reading")).ToHaveTextAsync("2");
        var removed = page.Locator("[data-isbn='9780000000040']");
        await Assertions.Expect(removed.GetByTestId("shelf-item-removed")).ToHaveTextAsync("No longer in the catalogue");
        await Assertions.Expect(removed.Locator("a")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-isbn='9780000000026'] a[data-testid=shelf-item-title]"))
            .ToHaveAttributeAsync("href", "/books/9780000000026");
        await session.ScreenshotAsync("shelf-02-all");

        await page.GetByTestId("shelf-filter-reading").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/shelf?state=reading");
        await Assertions.Expect(page.GetByTestId("shelf-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("shelf-filter-reading")).ToHaveAttributeAsync("aria-current", "page");
        await page.Mouse.MoveAsync(0, 0);
        await session.ScreenshotAsync("shelf-03-reading");

        await page.GetByTestId("shelf-filter-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("shelf-item")).ToHaveCountAsync(4);
        await page.GetByTestId("dark-mode").ClickAsync();
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
        await session.ScreenshotAsync("shelf-04-dark");

        await page.SetViewportSizeAsync(390, 844);
        await session.GotoAsync("/shelf?state=reading");
        await Assertions.Expect(page.GetByTestId("shelf-item")).ToHaveCountAsync(2);
        // The choice is remembered (a cookie): the next page opens dark without touching the toggle.
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
        await session.ScreenshotAsync("shelf-05-dark-narrow");
    }
}
