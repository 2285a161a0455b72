using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Tests.Browser;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>What an admin (or a reader who wandered in) sees when something needs their attention, light and dark.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminScreensTests
{
    [Fact]
    public async Task TheAddForm_ShowsEachMistakeNextToItsField_AndKeepsWhatWasTyped()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        await session.SignInAtAsync("admin", "/admin/books/new");

        await page.Locator(".field-isbn input").FillAsync("978-0-00-000001-0");
        await page.Locator(".field-title input").FillAsync("채식주의자");
        await page.Locator(".field-year input").FillAsync("3000");
        await page.Locator(".field-price input").FillAsync("-5000");
        await page.GetByTestId("save-book").ClickAsync();

        await Assertions.Expect(page.Locator(".field-isbn .mud-input-helper-text")).ToContainTextAsync("not a valid ISBN-13");
        await Assertions.Expect(page.Locator(".field-year .mud-input-helper-text")).ToContainTextAsync("The year must be between 700 and");
        await Assertions.Expect(page.Locator(".field-price .mud-input-helper-text")).ToContainTextAsync("The price cannot be negative.");
        await Assertions.Expect(page.Locator(".field-authors .mud-input-helper-text")).ToContainTextAsync("Enter at least one author.");
        await Assertions.Expect(page.Locator(".field-genre .mud-input-helper-text")).ToContainTextAsync("Choose a genre.");
        await Assertions.Expect(page.Locator(".field-title input")).ToHaveValueAsync("채식주의자");
        await Assertions.Expect(page.Locator(".field-title .mud-input-error")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("admin-form-errors");
        await page.SwitchToDarkModeAsync();
        await session.ScreenshotAsync("admin-form-errors-dark");
    }

    [Fact]
    public async Task AConflict_SaysWhoSavedInBetween_AndWhatDiffers()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        var book = await session.AddPersuasionAsync();
        await session.SignInAtAsync("admin", "/admin/books/9780000000019/edit");
        var theirs = BookDraft.From(book);
        theirs.Title = "Persuasion: A Novel";
        theirs.Price = 15000;
        await session.Editor().UpdateAsync(book.Isbn, theirs, book.Version, new BookEditor("curator-sub", "Catalogue Curator"));

        await page.Locator(".field-title input").FillAsync("Persuasion (1818 edition)");
        await page.GetByTestId("save-book").ClickAsync();

        await Assertions.Expect(page.GetByTestId("conflict-title")).ToContainTextAsync("Catalogue Curator saved this book just now while you were editing it.");
        await Assertions.Expect(page.GetByTestId("conflict-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("conflict-theirs").First).ToHaveTextAsync("Persuasion: A Novel");
        await Assertions.Expect(page.Locator(".field-title input")).ToHaveValueAsync("Persuasion (1818 edition)");
        await session.ScreenshotAsync("admin-conflict");
        await page.SwitchToDarkModeAsync();
        await session.ScreenshotAsync("admin-conflict-dark");

        await page.GetByTestId("conflict-overwrite").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved “Persuasion (1818 edition)”.");
        await Assertions.Expect(page).ToHaveURLAsync(session.BaseUrl + "/admin/books");
    }

    [Fact]
    public async Task AReader_WhoOpensTheAdminPage_GetsTheFriendlyNoAccessPage()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        var status = 0;
        page.Response += (_, response) =>
        {
            if (response.Url == session.BaseUrl + "/admin/books")
                status = response.Status;
        };

        await session.SignInAtAsync("reader", "/admin/books", interactive: false);

        await Assertions.Expect(page.GetByTestId("status-title")).ToHaveTextAsync("You don't have access to this page");
        await Assertions.Expect(page.GetByTestId("nav-admin")).ToHaveCountAsync(0);
        Assert.Equal(403, status);
        await session.ScreenshotAsync("admin-forbidden");
    }

    [Fact]
    public async Task TheList_InDarkMode_AndOnAPhone()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        await session.AddPersuasionAsync();
        await session.SignInAtAsync("admin", "/admin/books");
        await Assertions.Expect(page.GetByTestId("book-title").First).ToBeVisibleAsync();

        await page.SwitchToDarkModeAsync();
        await session.ScreenshotAsync("admin-list-dark");
        await page.SetViewportSizeAsync(390, 844);
        await session.FindInListAsync("Persuasion");
        await session.ScreenshotAsync("admin-list-narrow");
    }
}
