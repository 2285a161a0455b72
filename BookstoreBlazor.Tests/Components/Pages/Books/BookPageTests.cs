using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Books;
using BookstoreBlazor.Tests.Catalog;
using BookstoreBlazor.Components.Pages.Shelf;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;

namespace BookstoreBlazor.Tests.Components.Pages.Books;

public class BookPageTests : CatalogTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly string Sky = SampleBooks.IsbnOf("하늘과 바람과 별과 시");

    public BookPageTests() => SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    private async Task<IRenderedComponent<BookPage>> OpenAsync(string isbn, string? lastList = null)
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        GoTo(CatalogRoutes.Book(isbn));
        var request = new DefaultHttpContext();
        if (lastList is not null)
            request.Request.Headers.Cookie = $"{LastBookList.CookieName}={Uri.EscapeDataString(lastList)}";
        return Render<BookPage>(p => p.Add(c => c.Isbn, isbn).AddCascadingValue(request));
    }

    [Fact]
    public void BookPage_IsExcludedFromInteractiveRouting_SoItCostsNoCircuit()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(BookPage), typeof(ExcludeFromInteractiveRoutingAttribute)));
    }

    [Fact]
    public async Task BookPage_SignedOut_IsAllStatic_WithTheSignInPromptAndNoIsland()
    {
        var cut = await OpenAsync(Sky);

        cut.WaitForElement("[data-testid=shelf-sign-in]", Patience);
        Assert.Empty(cut.FindComponents<ShelfIsland>());
        StaticMarkup.AssertWorksWithoutACircuit(cut);
    }

    [Fact]
    public async Task BookPage_SignedIn_PutsTheShelfControlsInAnInteractiveIsland_ForThisBook()
    {
        SignInAsKakaoUser();

        var cut = await OpenAsync(Sky);

        var island = cut.WaitForComponent<ShelfIsland>(Patience);
        Assert.Equal(Sky, island.Instance.Isbn);
        Assert.IsType<InteractiveServerRenderMode>(typeof(ShelfIsland).GetCustomAttributes(true)
            .OfType<RenderModeAttribute>().Single().Mode);
        Assert.Single(cut.FindAll("[data-testid=shelf-island] [data-testid=shelf-panel]"));
        Assert.Empty(cut.FindAll("[data-testid=shelf-sign-in]"));
    }

    [Fact]
    public async Task BookPage_ShowsTheBook_InItsOwnScript_WithTheEnglishNames_AndTheShelfPanel()
    {
        var cut = await OpenAsync(Sky);

        cut.WaitForElement("[data-testid=book-detail]", Patience);
        var title = cut.Find("h1[data-testid=book-title]");
        Assert.Equal("하늘과 바람과 별과 시", title.TextContent);
        Assert.Equal("ko", title.GetAttribute("lang"));
        Assert.Equal("Sky, Wind, Stars and Poems", cut.Find("[data-testid=book-alternate-title]").TextContent);
        Assert.Contains("윤동주", cut.Find("[data-testid=book-authors]").TextContent);
        Assert.Equal("(Yun Dong-ju)", cut.Find("[data-testid=book-authors-latin]").TextContent);
        Assert.Equal("1948", cut.Find("[data-testid=book-year]").TextContent);
        Assert.Equal("Korean", cut.Find("[data-testid=book-language]").TextContent);
        Assert.Equal("Poetry", cut.Find("[data-testid=book-genre]").TextContent);
        Assert.Equal(Isbn.Display(Sky), cut.Find("[data-testid=book-isbn]").TextContent);
        Assert.Equal("₩12,000", cut.Find("[data-testid=book-price]").TextContent);
        Assert.StartsWith("The only collection of a young poet", cut.Find("[data-testid=book-description]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=shelf-panel]"));
        Assert.Equal(BookstoreBlazor.Catalog.Covers.BookCovers.UrlFor((await Books.Catalog.FindAsync(Sky))!),
            cut.Find("img[data-testid=book-cover]").GetAttribute("src"));
    }

    [Theory]
    [InlineData(null, "/books", "All books")] // opened directly
    [InlineData("?q=%EC%9C%A4%EB%8F%99%EC%A3%BC&lang=ko&page=1", "/books?q=%EC%9C%A4%EB%8F%99%EC%A3%BC&lang=ko", "Back to results")]
    [InlineData("?sort=year&page=2", "/books?sort=year&page=2", "Back to books")]
    [InlineData("?", "/books", "Back to books")]
    [InlineData("?sort=<script>&page=-1", "/books", "Back to books")] // read as leniently as an address
    public async Task BookPage_LeadsBackToTheListThisBrowserLastShowed(string? lastList, string href, string text)
    {
        var cut = await OpenAsync(Sky, lastList);

        var back = cut.WaitForElement("a[data-testid=back-to-books]", Patience);
        Assert.Equal(href, back.GetAttribute("href"));
        Assert.Equal(text, back.TextContent.Trim());
    }

    [Fact]
    public async Task BookPage_WithHyphensOrSpaces_ReplacesTheAddressWithTheCanonicalOne()
    {
        await OpenAsync($"{Sky[..3]}-{Sky[3..5]} {Sky[5..]}");

        Assert.EndsWith($"/books/{Sky}", Navigation.Uri);
        Assert.True(Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Theory]
    [InlineData("9780000000019")] // a valid ISBN the catalogue does not have
    [InlineData("9788900000017")] // a wrong check digit
    [InlineData("not-an-isbn")]
    public async Task BookPage_ForAnUnknownOrMalformedIsbn_IsNotFound(string isbn)
    {
        var notFound = false;
        Navigation.OnNotFound += (_, _) => notFound = true;

        var cut = await OpenAsync(isbn);

        cut.WaitForAssertion(() => Assert.True(notFound), Patience);
        Assert.Empty(cut.FindAll("[data-testid=book-detail]"));
    }

    [Fact]
    public async Task BookPage_ForARemovedBook_IsNotFound()
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        var book = (await Books.Catalog.FindAsync(Sky))!;
        await Books.Editor.RemoveAsync(Sky, book.Version, BookstoreBlazor.Tests.Infrastructure.BookDatabase.Admin);
        var notFound = false;
        Navigation.OnNotFound += (_, _) => notFound = true;
        GoTo(CatalogRoutes.Book(Sky));

        var cut = Render<BookPage>(p => p.Add(c => c.Isbn, Sky));

        cut.WaitForAssertion(() => Assert.True(notFound), Patience);
        Assert.Empty(cut.FindAll("[data-testid=book-detail]"));
    }
}
