using BookstoreBlazor.Catalog;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Shelves;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// The bookstore as a reader and an admin use it: browse, search in Hangul, open a book, continue with Kakao from the
/// book and come back to it, shelve and rate it, find it on the shelf; then an admin edits the book and the reader
/// sees the change. The screenshots are the README's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BookstoreJourneyTests
{
    private const string Poem = "하늘과 바람과 별과 시";

    [Fact]
    public async Task AReader_FindsABookInHangul_SignsInWithKakaoFromIt_ShelvesAndRatesIt_ThenAnAdminEditsIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var book = (await session.Environment.App.Services.GetRequiredService<BookCatalog>()
            .SearchAsync(CatalogQuery.From(Poem, null, null, null, null))).Books.Single();

        // The catalogue is a static page: no circuit to wait for, only the list.
        await page.GotoAsync(session.BaseUrl + "/books");
        await page.GetByTestId("catalog-search").FillAsync("윤동주");
        await page.GetByTestId("catalog-search").PressAsync("Enter");
        var card = page.GetByTestId("book-card").Filter(new() { HasText = Poem });
        await Expect(card).ToHaveCountAsync(1);
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("15-books-search-hangul");

        await card.GetByTestId("book-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Poem);
        await Expect(page.GetByTestId("shelf-sign-in")).ToBeVisibleAsync();
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("16-book-signed-out");

        await page.GetByTestId("shelf-panel").GetByTestId("kakao-sign-in").ClickAsync();
        await page.GetByTestId($"kakao-account-{KakaoAccount.Tester.Id}").ClickAsync();
        await page.GetByTestId("kakao-agree").ClickAsync();
        await page.WaitForURLAsync($"{session.BaseUrl}/books/{book.Isbn}");
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("user-menu")).ToContainTextAsync("카카오테스터");

        await page.GetByTestId("shelf-state-reading").ClickAsync();
        await Expect(page.GetByTestId("shelf-status")).ToHaveTextAsync("Saved");
        await page.Locator("[data-testid=shelf-rating] .mud-rating-item").Nth(4).ClickAsync();
        await Expect(page.GetByTestId("shelf-status")).ToHaveTextAsync("Saved");
        await page.GetByTestId("shelf-note").FillAsync("서시 — read it twice, aloud.");
        await page.GetByTestId("shelf-note-save").ClickAsync();
        await Expect(page.GetByTestId("shelf-note-unsaved")).ToHaveCountAsync(0);
        await page.Mouse.MoveAsync(0, 0);
        await session.ScreenshotAsync("17-book-on-shelf");

        var reader = session.Logto.FindKakaoUser(KakaoAccount.Tester)!.Id;
        var saved = await session.Environment.App.Services.GetRequiredService<Shelf>().FindAsync(reader, book.Isbn);
        Assert.Equal((ShelfState.Reading, 5, "서시 — read it twice, aloud."), (saved!.State, saved.Rating, saved.Note));

        await page.GetByTestId("nav-shelf").ClickAsync();
        await page.WaitForURLAsync($"{session.BaseUrl}/shelf");
        var item = page.GetByTestId("shelf-item").Filter(new() { HasText = Poem });
        await Expect(item.GetByTestId("shelf-item-state")).ToHaveTextAsync("Reading");
        await Expect(item.GetByTestId("shelf-stars")).ToHaveAttributeAsync("data-rating", "5");
        await Expect(page.GetByTestId("shelf-count-reading")).ToContainTextAsync("1");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("18-shelf");

        // An admin, in a browser of their own, renames the book.
        var admin = await session.NewPageAsync("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36");
        await admin.SetViewportSizeAsync(1280, 800);
        await admin.GotoAsync($"{session.BaseUrl}/admin/books/{book.Isbn}/edit");
        await admin.Locator("#identifier").FillAsync("admin");
        await admin.Locator("#password").FillAsync("bookstore");
        await admin.GetByTestId("submit").ClickAsync();
        await admin.WaitForURLAsync($"{session.BaseUrl}/admin/books/{book.Isbn}/edit");
        await admin.Locator("[data-interactive='true']").WaitForAsync();
        await admin.Locator(".field-alternate-title input").FillAsync("Sky, Wind, Stars and Poetry");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "19-admin-edit.png") });
        await admin.GetByTestId("save-book").ClickAsync();
        await admin.WaitForURLAsync($"{session.BaseUrl}/admin/books");
        await admin.GetByTestId("admin-search").FillAsync("윤동주");
        var row = admin.Locator("tr.mud-table-row").Filter(new() { HasText = Poem });
        await Expect(row.GetByTestId("changed-by")).ToHaveTextAsync("Bookstore Admin");
        await BrowserSession.CoversDrawnAsync(admin);
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "20-admin-list.png") });

        await session.GotoAsync($"/books/{book.Isbn}");
        await Expect(page.GetByTestId("book-alternate-title")).ToHaveTextAsync("Sky, Wind, Stars and Poetry");
    }
}
