using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Books;
using BookstoreBlazor.Tests.Catalog;
using BookstoreBlazor.Tests.Localization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace BookstoreBlazor.Tests.Components.Pages.Books;

/// <summary>The catalogue list as the app serves it: rendered statically, its whole state in the URL.</summary>
public class BooksPageTests : CatalogTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public BooksPageTests() => SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    private readonly DefaultHttpContext _request = new();

    private async Task<IRenderedComponent<BooksPage>> OpenAsync(string url)
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        GoTo(url);
        var cut = Render<BooksPage>(p => p.AddCascadingValue<HttpContext>(_request));
        cut.WaitForElement("[data-testid=result-count]", Patience);
        return cut;
    }

    private static string[] Titles(IRenderedComponent<BooksPage> cut) =>
        cut.FindAll("[data-testid=book-title]").Select(t => t.TextContent).ToArray();

    private static string? Chosen(IRenderedComponent<BooksPage> cut, string testId) =>
        cut.Find($"select[data-testid={testId}] option[selected]").GetAttribute("value");

    private string Address => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    [Fact]
    public void Books_IsExcludedFromInteractiveRouting_SoItCostsNoCircuit()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(BooksPage), typeof(ExcludeFromInteractiveRoutingAttribute)));
    }

    [Fact]
    public async Task Books_WithoutAQuery_ShowsTheFirst24ByTitle_TheCountAndLinksToTheOtherPage()
    {
        var cut = await OpenAsync("/books");

        Assert.Equal("30 books", cut.Find("[data-testid=result-count]").TextContent);
        var expected = SampleBooks.All.Select(b => b.Title!).OrderBy(CatalogText.Fold, StringComparer.Ordinal).Take(CatalogQuery.DefaultPageSize);
        Assert.Equal(expected.ToArray(), Titles(cut));
        var pages = cut.FindAll("[data-testid=pagination] [data-testid=page-link]");
        Assert.Equal(["1", "2"], pages.Select(p => p.TextContent.Trim()));
        Assert.Equal("page", pages[0].GetAttribute("aria-current"));
        Assert.Equal("/books?page=2#results", pages[1].GetAttribute("href"));
        Assert.Equal("/books?page=2#results", cut.Find("a[data-testid=next-page]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("a[data-testid=previous-page]"));
        Assert.Empty(cut.FindAll("[data-testid=no-books]"));
        Assert.Empty(cut.FindAll("[data-testid=catalog-problems]"));
    }

    [Fact]
    public async Task Books_Statically_IsAGetFormAndLinks_ThatNeedNoCircuit()
    {
        var cut = await OpenAsync("/books?sort=year");

        StaticMarkup.AssertWorksWithoutACircuit(cut);
        var form = cut.Find("form[data-testid=catalog-toolbar]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/books", form.GetAttribute("action"));
        Assert.True(form.HasAttribute("data-enhance"));
        Assert.Equal(["q", "genre", "lang", "sort"], form.QuerySelectorAll("input[name], select[name]").Select(f => f.GetAttribute("name")));
        Assert.Equal("submit", form.QuerySelector("[data-testid=catalog-submit]")?.GetAttribute("type"));
        Assert.Equal("100", form.QuerySelector("input[name=q]")?.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Books_ReadsTheSearchAndFiltersFromTheUrl_AndTheFormStartsFromThem()
    {
        var cut = await OpenAsync("/books?q=윤동주&lang=ko&sort=year-desc");

        Assert.Equal(["윤동주 전집", "하늘과 바람과 별과 시"], Titles(cut));
        Assert.Equal("2 books", cut.Find("[data-testid=result-count]").TextContent);
        Assert.Equal("윤동주", cut.Find("input[data-testid=catalog-search]").GetAttribute("value"));
        Assert.Equal("", Chosen(cut, "genre-filter"));
        Assert.Equal("ko", Chosen(cut, "language-filter"));
        Assert.Equal("year-desc", Chosen(cut, "sort"));
        Assert.Empty(cut.FindAll("[data-testid=pagination]"));
    }

    [Fact]
    public async Task Books_SecondPageFromTheUrl_ShowsTheRest_AndPageLinksKeepTheQuery()
    {
        var cut = await OpenAsync("/books?sort=year&page=2");

        var expected = SampleBooks.All.OrderBy(b => b.Year).ThenBy(b => b.Title, StringComparer.Ordinal).Skip(24).Select(b => b.Title!);
        Assert.Equal(expected.ToArray(), Titles(cut));
        Assert.Equal("2", cut.Find("[data-testid=page-link][aria-current=page]").TextContent.Trim());
        Assert.Equal("/books?sort=year#results", cut.Find("a[data-testid=previous-page]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("a[data-testid=next-page]"));
    }

    [Fact]
    public async Task Books_ASubmittedForm_LandsOnTheShortAddress_ReplacingTheLongOne()
    {
        await OpenAsync("/books?q=%EC%9C%A4%EB%8F%99%EC%A3%BC&genre=&lang=&sort=title");

        Assert.Equal("/books?q=%EC%9C%A4%EB%8F%99%EC%A3%BC", Address);
        Assert.True(Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task Books_FollowingAPageLink_ShowsThatPage()
    {
        var cut = await OpenAsync("/books?sort=price-desc");

        Navigation.NavigateTo(cut.Find("a[data-testid=next-page]").GetAttribute("href")!);

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("[data-testid=book-card]").Count), Patience);
        Assert.Equal("/books?sort=price-desc&page=2#results", Address);
    }

    [Fact]
    public async Task Books_RemembersTheListShown_InASessionCookie_ForTheBookPagesBackLink()
    {
        await OpenAsync("/books?q=윤동주&lang=ko&page=7");

        var cookie = _request.Response.Headers.SetCookie.ToString();
        Assert.StartsWith($"{LastBookList.CookieName}={Uri.EscapeDataString("?q=%EC%9C%A4%EB%8F%99%EC%A3%BC&lang=ko")};", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("expires", cookie);
    }

    [Fact]
    public async Task Books_WithNoMatch_SaysSo_AndClearFiltersBringsBackTheWholeCatalogue()
    {
        var cut = await OpenAsync("/books?q=xyz&genre=poetry");

        Assert.Equal("No books match “xyz”", cut.Find("[data-testid=no-books-title]").TextContent.Trim());
        Assert.Equal("0 books", cut.Find("[data-testid=result-count]").TextContent);
        var clear = cut.Find("a[data-testid=clear-filters]");
        Assert.Equal("/books", clear.GetAttribute("href"));

        Navigation.NavigateTo(clear.GetAttribute("href")!);

        cut.WaitForAssertion(() => Assert.Equal("30 books", cut.Find("[data-testid=result-count]").TextContent), Patience);
        Assert.Equal(24, cut.FindAll("[data-testid=book-card]").Count);
        Assert.Empty(cut.FindAll("[data-testid=no-books]"));
        Assert.Null(cut.Find("input[data-testid=catalog-search]").GetAttribute("value"));
    }

    [Fact]
    public async Task Books_WithOnlyFiltersMatchingNothing_SaysTheFiltersMatchNothing()
    {
        var cut = await OpenAsync("/books?genre=drama&lang=ko");

        Assert.Equal("No books match these filters", cut.Find("[data-testid=no-books-title]").TextContent.Trim());
    }

    [Fact]
    public async Task Books_WithAnUnknownSort_SaysSo_SortsByTitle_AndKeepsTheSearch()
    {
        var cut = await OpenAsync("/books?q=윤동주&sort=<b>cheapest</b>");

        Assert.Equal("There is no sort order “<b>cheapest</b>”: sorted by Title.", cut.Find("[data-testid=catalog-problem]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=catalog-problems] b"));
        Assert.Equal(["윤동주 전집", "하늘과 바람과 별과 시"], Titles(cut));
        Assert.Equal("윤동주", cut.Find("input[data-testid=catalog-search]").GetAttribute("value"));
        Assert.Equal("title", Chosen(cut, "sort"));
        Assert.Equal("/books?q=윤동주&sort=<b>cheapest</b>", Uri.UnescapeDataString(Address));
    }

    [Fact]
    public async Task Books_WithAPageAfterTheLast_SaysSo_AndShowsTheLastPageOfTheSameQuery()
    {
        var cut = await OpenAsync("/books?sort=price-desc&page=9");

        Assert.Equal("There is no page 9: showing page 2, the last.", cut.Find("[data-testid=catalog-problem]").TextContent);
        Assert.Equal(6, cut.FindAll("[data-testid=book-card]").Count);
        Assert.Equal("2", cut.Find("[data-testid=page-link][aria-current=page]").TextContent.Trim());
        Assert.Equal("price-desc", Chosen(cut, "sort"));
    }

    [Theory]
    [InlineData("/books?page=abc", "“abc” is not a page number: showing page 1.")]
    [InlineData("/books?page=0", "“0” is not a page number: showing page 1.")]
    [InlineData("/books?genre=cookbooks", "There is no genre “cookbooks”: showing every genre.")]
    [InlineData("/books?lang=fr", "There is no language “fr” in the catalogue: showing every language.")]
    public async Task Books_WithAValueItCannotUse_SaysWhatItShowsInstead(string url, string problem)
    {
        var cut = await OpenAsync(url);

        Assert.Equal(problem, cut.Find("[data-testid=catalog-problem]").TextContent);
        Assert.Equal("30 books", cut.Find("[data-testid=result-count]").TextContent);
    }

    [Fact]
    public async Task Books_WithASearchLongerThanTheLimit_SearchesItsStart_SaysSo_AndKeepsItInTheBox()
    {
        var text = "윤동주" + new string('x', 120);

        var cut = await OpenAsync("/books?genre=poetry&q=" + Uri.EscapeDataString(text));

        Assert.Equal("Searches are at most 100 characters: the first 100 were searched.", cut.Find("[data-testid=catalog-problem]").TextContent);
        Assert.Equal(text[..CatalogQuery.MaxTextLength], cut.Find("input[data-testid=catalog-search]").GetAttribute("value"));
        Assert.Equal("poetry", Chosen(cut, "genre-filter"));
    }

    [Fact]
    public async Task Books_InKorean_ExplainsAProblemInKorean()
    {
        using var korean = new CultureScope("ko");

        var cut = await OpenAsync("/books?page=9");

        Assert.Equal("9페이지는 없습니다. 마지막 페이지인 2페이지를 보여 드립니다.", cut.Find("[data-testid=catalog-problem]").TextContent);
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 2, new[] { 1, 2 })]
    [InlineData(1, 8, new[] { 1, 2, 0, 8 })]
    [InlineData(4, 8, new[] { 1, 2, 3, 4, 5, 0, 8 })]
    [InlineData(8, 8, new[] { 1, 0, 7, 8 })]
    public void PageWindow_ShowsTheEndsAndTheNeighbours_WithGapsForTheRest(int current, int count, int[] shown)
    {
        Assert.Equal(shown.Select(p => p == 0 ? (int?)null : p), PageWindow.Around(current, count));
    }
}
