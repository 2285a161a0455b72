using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Browser;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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

        await FillShelfAsync(env, env.SubjectOf(KakaoAccount.Tester));
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
        await page.GetByTestId("dark-mode").ClickAsync();
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
        await session.ScreenshotAsync("shelf-05-dark-narrow");
    }

    private static async Task FillShelfAsync(EmulatorEnvironment env, string reader)
    {
        await env.AddBookAsync("9780000000019", "Pride and Prejudice", "Jane Austen");
        await env.AddBookAsync("9780000000026", "こころ", "夏目漱石", "ja");
        await env.AddBookAsync("9780000000033", "채식주의자", "한강", "ko");
        var gone = await env.AddBookAsync("9780000000040", "The Withdrawn Edition", "Anon Ymous");
        await env.PutAsync(reader, gone.Isbn, ShelfState.Read, 2, "Glad I kept my note about it.");
        await env.PutAsync(reader, "9780000000019", ShelfState.WantToRead);
        await env.PutAsync(reader, "9780000000026", ShelfState.Reading, 4,
            "先生の遺書の章が圧巻。 The letter in part three is the heart of the book; reading it slowly, a few pages a night, before sleep.");
        await env.PutAsync(reader, "9780000000033", ShelfState.Reading, 5, "두 번째 읽는 중.");
        await env.App.Services.GetRequiredService<CatalogEditor>().RemoveAsync(gone.Isbn, gone.Version, BookDatabase.Admin);
    }
}
