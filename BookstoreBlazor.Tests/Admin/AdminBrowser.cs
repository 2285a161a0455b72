using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>Steps the admin browser tests share: signing in on the emulator's page, a book to edit, dark mode.</summary>
internal static class AdminBrowser
{
    public static Task<BrowserSession> StartAsync(IDictionary<string, string?>? settings = null) =>
        BrowserSession.StartAsync(settings, AdminEnvironment.Logto());

    /// <summary>
    /// Opens <paramref name="path"/> signed out, signs in as <paramref name="username"/> and lands back on it (a status
    /// page, such as the 403, is never interactive).
    /// </summary>
    public static async Task SignInAtAsync(this BrowserSession session, string username, string path, bool interactive = true)
    {
        var page = session.Page;
        await page.GotoAsync(session.BaseUrl + path);
        await page.Locator("#identifier").FillAsync(username);
        await page.Locator("#password").FillAsync(AdminEnvironment.Password);
        await page.GetByTestId("submit").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + path);
        if (interactive)
            await session.WaitUntilInteractiveAsync();
    }

    public static CatalogEditor Editor(this BrowserSession session) =>
        session.Environment.App.Services.GetRequiredService<CatalogEditor>();

    /// <summary>A book of our own, so the tests do not depend on what the seed catalogue holds.</summary>
    public static async Task<Book> AddPersuasionAsync(this BrowserSession session) =>
        (await session.Editor().AddAsync(new BookDraft
        {
            Isbn = "9780000000019", Title = "Persuasion", AlternateTitle = "설득", Authors = ["Jane Austen"], Year = 1817,
            Language = "en", Genre = "novel", Description = "Anne Elliot, eight years after she was persuaded to refuse him.",
            Price = 12000,
        }, new BookEditor("curator-sub", "Catalogue Curator"))).Value!;

    /// <summary>Finds Persuasion in the admin list through its search box (the seed catalogue may fill the first page).</summary>
    public static async Task<ILocator> FindInListAsync(this BrowserSession session, string title)
    {
        await session.Page.GetByTestId("admin-search").FillAsync("persuasion");
        await Assertions.Expect(session.Page.GetByTestId("admin-total")).ToHaveTextAsync("1 book");
        var row = session.Page.Locator("tr.mud-table-row", new() { Has = session.Page.GetByTestId("book-title").GetByText(title, new() { Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        return row;
    }

    public static async Task SwitchToDarkModeAsync(this IPage page)
    {
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.GetByTestId("dark-mode").ClickAsync();
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor !== '{light}'");
    }
}
