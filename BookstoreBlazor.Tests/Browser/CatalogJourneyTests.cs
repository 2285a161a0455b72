using System.Text.RegularExpressions;
using BookstoreBlazor.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogJourneyTests
{
    // 김소월: the seed catalogue every app starts with holds his poems; how many is what the catalogue says.
    private const string Poet = "김소월";
    private const string PoetQuery = "q=%EA%B9%80%EC%86%8C%EC%9B%94";

    private static Task<CatalogPage> SearchAsync(BrowserSession session, CatalogQuery query) =>
        session.Environment.App.Services.GetRequiredService<BookCatalog>().SearchAsync(query);


    [Fact]
    public async Task SearchInHangul_AsYouType_OpenABook_ComeBackToTheSearch_ThenClearANoMatch()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var all = await SearchAsync(session, new CatalogQuery());
        var poet = await SearchAsync(session, CatalogQuery.From(Poet, null, null, null, null));
        var poem = poet.Books[0];
        Assert.InRange(poet.Total, 1, 23);

        await session.GotoAsync("/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-01-books");

        // The next page starts at the top, with the same query.
        await session.GotoAsync("/books?sort=year");
        var pages = page.Locator(".books-pages");
        await pages.ScrollIntoViewIfNeededAsync();
        Assert.True(await page.EvaluateAsync<double>("() => scrollY") > 0);
        await pages.Locator("button").Filter(new() { HasTextRegex = new Regex("^2$") }).ClickAsync();
        // Page 1 also shows 24 cards, so the address, not the count, says the click has landed.
        await ArrivedAsync(page, $"{session.BaseUrl}/books?sort=year&page=2");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(Math.Min(24, all.Total - 24));
        await page.WaitForFunctionAsync("() => scrollY === 0");
        await session.GotoAsync("/books");

        await page.GetByTestId("catalog-search").FillAsync(Poet);
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);
        await ArrivedAsync(page, $"{session.BaseUrl}/books?{PoetQuery}");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(poet.Total == 1 ? "1 book" : $"{poet.Total} books");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-02-search-hangul");

        // Starting the search was one step: Back returns to the whole list, Forward to the search.
        await page.GoBackAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await ArrivedAsync(page, $"{session.BaseUrl}/books");
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
        await page.GoForwardAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync(Poet);

        await page.GetByTestId("book-card").Filter(new() { HasText = poem.Title }).GetByTestId("book-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(poem.Title);
        await ArrivedAsync(page, $"{session.BaseUrl}/books/{poem.Isbn}");
        await Expect(page).ToHaveTitleAsync($"{poem.Title} · Bookstore");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-03-book");

        await page.GetByTestId("back-to-books").ClickAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);
        await ArrivedAsync(page, $"{session.BaseUrl}/books?{PoetQuery}");

        await page.GetByTestId("catalog-search").FillAsync("xyzzy");
        await Expect(page.GetByTestId("no-books-title")).ToHaveTextAsync("No books match “xyzzy”");
        await page.GetByTestId("clear-filters").ClickAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await ArrivedAsync(page, $"{session.BaseUrl}/books");
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task TheCatalogue_InDarkMode_OnAPhone_AndOnTheFrontPage()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var ginga = (await SearchAsync(session, CatalogQuery.From("銀河鉄道の夜", null, null, null, null))).Books.Single();

        await session.GotoAsync("/");
        await Expect(page.GetByTestId("featured-books").GetByTestId("book-card")).ToHaveCountAsync(8);
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-04-home");

        await session.GotoAsync("/books?lang=ja");
        await page.GetByTestId("dark-mode").ClickAsync();
        await Expect(page.Locator(".mud-theme-dark, body")).Not.ToHaveCountAsync(0);
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-05-books-dark");

        var phone = await session.NewPageAsync("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
        await phone.GotoAsync(session.BaseUrl + "/books");
        await phone.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(phone.GetByTestId("book-card")).ToHaveCountAsync(24);
        await BrowserSession.CoversDrawnAsync(phone);
        var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth");
        Assert.False(overflow, "The list is wider than a 390px phone.");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-06-books-390.png") });

        await phone.GotoAsync(session.BaseUrl + "/books/" + ginga.Isbn);
        await BrowserSession.CoversDrawnAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-07-book-390.png"), FullPage = true });

        await phone.GotoAsync(session.BaseUrl + "/");
        await Expect(phone.GetByTestId("newest-books").GetByTestId("book-card")).ToHaveCountAsync(8);
        Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"),
            "The front page is wider than a 390px phone.");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-08-home-390.png"), FullPage = true });
    }

    // The address changes a moment after the cards can already match (same count, or a render before the history
    // update), so wait for it; the comparison is exact, as page.Url gives it.
    private static Task ArrivedAsync(IPage page, string url) => page.WaitForURLAsync(current => current == url);
}
