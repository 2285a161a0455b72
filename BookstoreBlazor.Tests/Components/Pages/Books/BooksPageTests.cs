using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Books;
using BookstoreBlazor.Tests.Catalog;
using Bunit;
using MudBlazor;
using MudBlazor.Extensions;

namespace BookstoreBlazor.Tests.Components.Pages.Books;

public class BooksPageTests : CatalogTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<IRenderedComponent<BooksPage>> OpenAsync(string url)
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        GoTo(url);
        var cut = Render<BooksPage>();
        cut.WaitForElement("[data-testid=result-count]", Patience);
        return cut;
    }

    private static string[] Titles(IRenderedComponent<BooksPage> cut) =>
        cut.FindAll("[data-testid=book-title]").Select(t => t.TextContent).ToArray();

    [Fact]
    public async Task Books_WithoutAQuery_ShowsTheFirst24ByTitle_TheCountAndTheOtherPage()
    {
        var cut = await OpenAsync("/books");

        Assert.Equal("30 books", cut.Find("[data-testid=result-count]").TextContent);
        var expected = SampleBooks.All.Select(b => b.Title!).OrderBy(CatalogText.Fold, StringComparer.Ordinal).Take(CatalogQuery.DefaultPageSize);
        Assert.Equal(expected.ToArray(), Titles(cut));
        Assert.Equal(2, cut.FindComponent<MudPagination>().Instance.GetState(x => x.Count));
        Assert.Empty(cut.FindAll("[data-testid=no-books]"));
    }

    [Fact]
    public async Task Books_ReadsTheSearchAndFiltersFromTheUrl()
    {
        var cut = await OpenAsync("/books?q=윤동주&lang=ko&sort=year-desc");

        Assert.Equal(["윤동주 전집", "하늘과 바람과 별과 시"], Titles(cut));
        Assert.Equal("2 books", cut.Find("[data-testid=result-count]").TextContent);
        Assert.Equal("윤동주", cut.Find("input[data-testid=catalog-search]").GetAttribute("value"));
        var filters = cut.FindComponents<MudSelect<string>>();
        Assert.Equal(["", "ko"], filters.Select(f => f.Instance.GetState(x => x.Value)));
        Assert.Equal(CatalogSort.YearDescending, cut.FindComponent<MudSelect<CatalogSort>>().Instance.GetState(x => x.Value));
        Assert.Empty(cut.FindAll("[data-testid=pagination]"));
    }

    [Fact]
    public async Task Books_SecondPageFromTheUrl_ShowsTheRest()
    {
        var cut = await OpenAsync("/books?sort=year&page=2");

        var expected = SampleBooks.All.OrderBy(b => b.Year).ThenBy(b => b.Title, StringComparer.Ordinal).Skip(24).Select(b => b.Title!);
        Assert.Equal(expected.ToArray(), Titles(cut));
        Assert.Equal(2, cut.FindComponent<MudPagination>().Instance.GetState(x => x.Selected));
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
    }

    [Fact]
    public async Task Books_WithOnlyFiltersMatchingNothing_SaysTheFiltersMatchNothing()
    {
        var cut = await OpenAsync("/books?genre=drama&lang=ko");

        Assert.Equal("No books match these filters", cut.Find("[data-testid=no-books-title]").TextContent.Trim());
    }

    [Fact]
    public async Task Books_TypingASearch_ShowsItsBooks_StartingASearchIsOneStepInHistory_RefiningItReplacesIt()
    {
        var cut = await OpenAsync("/books");

        cut.Find("input[data-testid=catalog-search]").Input("윤동주");

        cut.WaitForAssertion(() => Assert.Equal(["윤동주 전집", "하늘과 바람과 별과 시"], Titles(cut)), Patience);
        Assert.Equal("/books?q=%EC%9C%A4%EB%8F%99%EC%A3%BC", Navigation.ToBaseRelativePath(Navigation.Uri).Insert(0, "/"));
        Assert.False(Navigation.History.First().Options.ReplaceHistoryEntry);

        cut.Find("input[data-testid=catalog-search]").Input("윤동주 전집");

        cut.WaitForAssertion(() => Assert.Equal(["윤동주 전집"], Titles(cut)), Patience);
        Assert.True(Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task Books_ChoosingAGenre_GoesToItsFirstPage_KeepingTheRestOfTheQuery()
    {
        var cut = await OpenAsync("/books?sort=year&page=2");

        await cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("poetry"));

        cut.WaitForAssertion(() => Assert.Equal("6 books", cut.Find("[data-testid=result-count]").TextContent), Patience);
        Assert.EndsWith("/books?genre=poetry&sort=year", Navigation.Uri);
        Assert.False(Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task Books_NextPage_KeepsTheQuery()
    {
        var cut = await OpenAsync("/books?sort=price-desc");

        await cut.InvokeAsync(() => cut.FindComponent<MudPagination>().Instance.SelectedChanged.InvokeAsync(2));

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("[data-testid=book-card]").Count), Patience);
        Assert.EndsWith("/books?sort=price-desc&page=2", Navigation.Uri);
    }

    [Fact]
    public async Task Books_RemembersTheListItShows_ForTheBookPagesBackLink()
    {
        await OpenAsync("/books?q=윤동주&lang=ko");

        Assert.Equal("/books?q=%EC%9C%A4%EB%8F%99%EC%A3%BC&lang=ko", LastList.Url);
    }
}
