using System.Text.RegularExpressions;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Tests.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogJourneyTests
{
    private const string YunDongjuQuery = "q=%EC%9C%A4%EB%8F%99%EC%A3%BC";

    private static async Task<BrowserSession> StartWithSampleBooksAsync()
    {
        var session = await BrowserSession.StartAsync();
        await SampleBooks.AddAllAsync(session.Environment.App.Services.GetRequiredService<CatalogEditor>());
        return session;
    }

    /// <summary>Covers are drawn on request; a picture is only worth taking once the visible ones are in.</summary>
    private static Task CoversDrawnAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight).every(i => i.complete && i.naturalWidth > 0)");

    [Fact]
    public async Task SearchInHangul_AsYouType_OpenABook_ComeBackToTheSearch_ThenClearANoMatch()
    {
        await using var session = await StartWithSampleBooksAsync();
        var page = session.Page;

        await session.GotoAsync("/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-01-books");

        // The next page starts at the top, with the same query.
        await session.GotoAsync("/books?sort=year");
        var pages = page.Locator(".books-pages");
        await pages.ScrollIntoViewIfNeededAsync();
        Assert.True(await page.EvaluateAsync<double>("() => scrollY") > 0);
        await pages.Locator("button").Filter(new() { HasTextRegex = new Regex("^2$") }).ClickAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(SampleBooks.All.Count + 1 - 24);
        Assert.Equal($"{session.BaseUrl}/books?sort=year&page=2", page.Url);
        await page.WaitForFunctionAsync("() => scrollY === 0");
        await session.GotoAsync("/books");

        await page.GetByTestId("catalog-search").FillAsync("윤동주");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(2);
        Assert.Equal($"{session.BaseUrl}/books?{YunDongjuQuery}", page.Url);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 books");
        await CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-02-search-hangul");

        // Starting the search was one step: Back returns to the whole list, Forward to the search.
        await page.GoBackAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        Assert.Equal($"{session.BaseUrl}/books", page.Url);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
        await page.GoForwardAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("윤동주");

        await page.GetByTestId("book-card").Filter(new() { HasText = "하늘과 바람과 별과 시" }).GetByTestId("book-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("하늘과 바람과 별과 시");
        Assert.Equal($"{session.BaseUrl}/books/{SampleBooks.IsbnOf("하늘과 바람과 별과 시")}", page.Url);
        await Expect(page).ToHaveTitleAsync("하늘과 바람과 별과 시 · Bookstore");
        await CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-03-book");

        await page.GetByTestId("back-to-books").ClickAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(2);
        Assert.Equal($"{session.BaseUrl}/books?{YunDongjuQuery}", page.Url);

        await page.GetByTestId("catalog-search").FillAsync("xyzzy");
        await Expect(page.GetByTestId("no-books-title")).ToHaveTextAsync("No books match “xyzzy”");
        await page.GetByTestId("clear-filters").ClickAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        Assert.Equal($"{session.BaseUrl}/books", page.Url);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task TheCatalogue_InDarkMode_OnAPhone_AndOnTheFrontPage()
    {
        await using var session = await StartWithSampleBooksAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Expect(page.GetByTestId("featured-books").GetByTestId("book-card")).ToHaveCountAsync(8);
        await CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-04-home");

        await session.GotoAsync("/books?lang=ja");
        await page.GetByTestId("dark-mode").ClickAsync();
        await Expect(page.Locator(".mud-theme-dark, body")).Not.ToHaveCountAsync(0);
        await CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-05-books-dark");

        var phone = await session.NewPageAsync("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
        await phone.GotoAsync(session.BaseUrl + "/books");
        await phone.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(phone.GetByTestId("book-card")).ToHaveCountAsync(24);
        await CoversDrawnAsync(phone);
        var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth");
        Assert.False(overflow, "The list is wider than a 390px phone.");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-06-books-390.png") });

        await phone.GotoAsync(session.BaseUrl + "/books/" + SampleBooks.IsbnOf("銀河鉄道の夜"));
        await CoversDrawnAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-07-book-390.png"), FullPage = true });

        await phone.GotoAsync(session.BaseUrl + "/");
        await Expect(phone.GetByTestId("newest-books").GetByTestId("book-card")).ToHaveCountAsync(8);
        Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"),
            "The front page is wider than a 390px phone.");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "catalog-08-home-390.png"), FullPage = true });
    }
}
