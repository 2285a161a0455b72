using BookstoreBlazor.Catalog;
using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Playwright;
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
    public async Task SearchInHangul_ByKeyboard_OpenABook_ComeBackToTheSearch_ThenClearANoMatch()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var poet = await SearchAsync(session, CatalogQuery.From(Poet, null, null, null, null));
        var poem = poet.Books[0];
        Assert.InRange(poet.Total, 1, 23);

        // A static page: the list is there as soon as the page is, with no circuit behind it.
        await page.GotoAsync(session.BaseUrl + "/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        Assert.Equal(0, await page.Locator("[data-interactive=true]").CountAsync());
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-01-books");

        // Type and press Enter: the form's GET lands on the short address, and the caret stays in the box.
        await page.GetByTestId("catalog-search").FocusAsync();
        await page.Keyboard.TypeAsync(Poet);
        await page.Keyboard.PressAsync("Enter");
        await ArrivedAsync(page, $"{session.BaseUrl}/books?{PoetQuery}");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(poet.Total == 1 ? "1 book" : $"{poet.Total} books");
        await Expect(page.GetByTestId("catalog-search")).ToBeFocusedAsync();
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-02-search-hangul");

        // Searching was one step: Back returns to the whole list, Forward to the search.
        await page.GoBackAsync();
        await ArrivedAsync(page, $"{session.BaseUrl}/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
        await page.GoForwardAsync();
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync(Poet);

        await page.GetByTestId("book-card").Filter(new() { HasText = poem.Title }).GetByTestId("book-link").ClickAsync();
        await ArrivedAsync(page, $"{session.BaseUrl}/books/{poem.Isbn}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(poem.Title);
        await Expect(page).ToHaveTitleAsync($"{poem.Title} · Bookstore");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-03-book");

        await Expect(page.GetByTestId("back-to-books")).ToHaveTextAsync("Back to results");
        await page.GetByTestId("back-to-books").ClickAsync();
        await ArrivedAsync(page, $"{session.BaseUrl}/books?{PoetQuery}");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(poet.Total);

        await page.GetByTestId("catalog-search").FillAsync("xyzzy");
        await page.GetByTestId("catalog-search").PressAsync("Enter");
        await Expect(page.GetByTestId("no-books-title")).ToHaveTextAsync("No books match “xyzzy”");
        await page.GetByTestId("clear-filters").ClickAsync();
        await ArrivedAsync(page, $"{session.BaseUrl}/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task FiltersByKeyboard_PagesByLink_AndBadAddressesSayWhatTheyShowInstead()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var all = await SearchAsync(session, new CatalogQuery());
        var japanese = await SearchAsync(session, CatalogQuery.From(null, null, "ja", "year", null));
        Assert.True(japanese.Total > 24, "The seed catalogue has more than one page of Japanese books.");

        await page.GotoAsync(session.BaseUrl + "/books");
        await Expect(page.GetByTestId("book-card")).ToHaveCountAsync(24);

        // Choose a language and a sort, then submit with the keyboard from the button.
        await page.GetByTestId("language-filter").SelectOptionAsync("ja");
        await page.GetByTestId("sort").SelectOptionAsync("year");
        await page.GetByTestId("sort").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("catalog-submit")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await ArrivedAsync(page, $"{session.BaseUrl}/books?lang=ja&sort=year");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{japanese.Total} books");
        await Expect(page.GetByTestId("book-card").First).ToContainTextAsync(japanese.Books[0].Title);

        // The next page is a link with the same query; a new page of results starts at the top.
        var pager = page.GetByTestId("pagination");
        await BrowserSession.ScrollIntoViewAsync(pager);
        Assert.True(await page.EvaluateAsync<double>("() => scrollY") > 0);
        await pager.GetByTestId("next-page").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ArrivedAsync(page, $"{session.BaseUrl}/books?lang=ja&sort=year&page=2#results");
        await Expect(page.Locator("[data-testid=page-link][aria-current=page]")).ToHaveTextAsync("2");
        await page.WaitForFunctionAsync("() => scrollY < 8");
        await Expect(page.Locator("h1")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("language-filter")).ToHaveValueAsync("ja");

        // By address: a page after the last, an unknown sort and a too-long search each say what is shown instead.
        await page.GotoAsync(session.BaseUrl + "/books?lang=ja&sort=cheapest&page=99");
        var problems = page.GetByTestId("catalog-problem");
        await Expect(problems).ToHaveTextAsync([
            "There is no sort order “cheapest”: sorted by Title.",
            $"There is no page 99: showing page {japanese.PageCount}, the last.",
        ]);
        await Expect(page.GetByTestId("language-filter")).ToHaveValueAsync("ja");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{japanese.Total} books");
        await session.ScreenshotAsync("catalog-09-bad-address");
        await AssertNoSeriousAxeViolationsAsync(page);

        await page.GotoAsync(session.BaseUrl + "/books?q=" + new string('a', 150));
        await Expect(problems).ToHaveTextAsync("Searches are at most 100 characters: the first 100 were searched.");
        await Expect(page.GetByTestId("catalog-search")).ToHaveValueAsync(new string('a', 100));
        Assert.True(all.Total > 24);
    }

    [Fact]
    public async Task SignedIn_TheBookPageIsStatic_ButItsShelfIslandAddsTheBookToTheShelf()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var poem = (await SearchAsync(session, CatalogQuery.From(Poet, null, null, null, null))).Books[0];
        await session.SignInWithKakaoAsync(page, KakaoAccount.Tester);

        await page.GotoAsync($"{session.BaseUrl}/books/{poem.Isbn}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(poem.Title);
        // Only islands open a circuit (the shelf's, and the account menu's name, which watches the session); clicks
        // count once the shelf's says so.
        var island = page.GetByTestId("shelf-island");
        await island.Locator("xpath=self::*[@data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("[data-interactive=true]:not([data-testid=account-island])")).ToHaveCountAsync(1);

        await island.GetByTestId("shelf-state-want-to-read").ClickAsync();
        await Expect(island.GetByTestId("shelf-status")).ToHaveTextAsync("Saved");
        await Expect(island.GetByTestId("shelf-controls")).ToHaveAttributeAsync("data-state", "want-to-read");
        await BrowserSession.CoversDrawnAsync(page);
        await page.Mouse.MoveAsync(0, 0);
        await session.ScreenshotAsync("catalog-10-book-shelved");

        var reader = session.Logto.FindKakaoUser(KakaoAccount.Tester)!.Id;
        var saved = await session.Environment.App.Services.GetRequiredService<BookstoreBlazor.Shelves.Shelf>().FindAsync(reader, poem.Isbn);
        Assert.Equal(BookstoreBlazor.Shelves.ShelfState.WantToRead, saved?.State);

        // A fresh load shows what is saved, from the server.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("shelf-controls")).ToHaveAttributeAsync("data-state", "want-to-read");
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

        // Dark mode needs no circuit: the toggle stores the choice and the static catalogue switches its palette.
        await page.GotoAsync(session.BaseUrl + "/books?lang=ja");
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.GetByTestId("switch-to-dark").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btheme-dark\b"));
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor !== '{light}'");
        await BrowserSession.CoversDrawnAsync(page);
        await session.ScreenshotAsync("catalog-05-books-dark");

        var phone = await session.NewPageAsync("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
        await phone.GotoAsync(session.BaseUrl + "/books");
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

    // The full audit in both colour schemes (AccessibilityAuditTests) waits for the layout's theme island; this one
    // checks the static page's own markup: the native fields, the pager and the problem list.
    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    // The address changes a moment after the cards can already match (same count, or a render before the history
    // update), so wait for it; the comparison is exact, as page.Url gives it.
    private static Task ArrivedAsync(IPage page, string url) => page.WaitForURLAsync(current => current == url);
}
