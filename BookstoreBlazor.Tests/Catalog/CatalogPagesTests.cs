using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary>The catalogue's pages as the server prerenders them: what a first visit, a shared link or a crawler gets.</summary>
public sealed class CatalogPagesTests(CatalogApp catalog) : IClassFixture<CatalogApp>
{
    private static readonly string Sky = SampleBooks.IsbnOf("하늘과 바람과 별과 시");
    private static readonly string Complete = SampleBooks.IsbnOf("윤동주 전집");

    private static string[] CardIsbns(BrowserPage page) =>
        page.Document.QuerySelectorAll("[data-testid=book-card]").Select(c => c.GetAttribute("data-isbn")!).ToArray();

    [Fact]
    public async Task BookList_SearchingInHangulForKoreanBooks_PrerendersExactlyTheBooksThatMatch()
    {
        var page = await catalog.GetAsync("/books?q=윤동주&lang=ko");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var expected = await catalog.Catalog.SearchAsync(CatalogQuery.From("윤동주", null, "ko", null, null));
        Assert.Equal(expected.Books.Select(b => b.Isbn), CardIsbns(page));
        Assert.Contains(Sky, CardIsbns(page));
        Assert.Contains(Complete, CardIsbns(page));
        Assert.All(page.Document.QuerySelectorAll("[data-testid=book-title]"), t => Assert.Equal("ko", t.GetAttribute("lang")));
        Assert.Contains("하늘과 바람과 별과 시", page.Document.QuerySelectorAll("[data-testid=book-title]").Select(t => t.TextContent));
        Assert.Equal($"{expected.Total} books", page.Text("result-count"));
        Assert.Equal("“윤동주” · Books · Bookstore", page.Document.Title);
    }

    [Fact]
    public async Task BookList_WithNonsenseInTheUrl_StillOpensTheWholeCatalogue()
    {
        var page = await catalog.GetAsync("/books?page=abc&sort=%3Cscript%3E&genre=nope&lang=xx");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var all = await catalog.Catalog.SearchAsync(new CatalogQuery());
        Assert.Equal($"{all.Total} books", page.Text("result-count"));
        Assert.Equal(all.Books.Select(b => b.Isbn), CardIsbns(page));
        Assert.DoesNotContain("<script>", page.Html);
    }

    [Fact]
    public async Task BookPage_PrerendersTheBook_WithItsTitleAsThePageTitle()
    {
        var page = await catalog.GetAsync($"/books/{Sky}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("하늘과 바람과 별과 시 · Bookstore", page.Document.Title);
        Assert.Equal("하늘과 바람과 별과 시", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal(Isbn.Display(Sky), page.Text("book-isbn"));
        Assert.Equal("₩12,000", page.Text("book-price"));
        Assert.True(page.Has("shelf-panel"));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Content, "Markup in a book's title, author and description (an admin's typing, or a compromised admin)",
        "Shown as text on the list, the search result and the book page; no element, handler or script injected")]
    public async Task AHostileBook_IsTextOnTheListAndItsPage()
    {
        var book = (await catalog.Editor.AddAsync(new BookstoreBlazor.Catalog.Editing.BookDraft
        {
            Isbn = SampleBooks.Isbn13("979120000007"), Title = "<img src=x onerror=alert(1)>", Authors = ["<script>alert(2)</script>"],
            Year = 2001, Language = "en", Genre = "mystery", Description = "\"><svg onload=alert(3)>", Price = 1000,
        }, BookDatabase.Admin)).Value!;

        var list = await catalog.GetAsync("/books?q=onerror");
        var detail = await catalog.GetAsync($"/books/{book.Isbn}");

        Assert.Equal([book.Isbn], CardIsbns(list));
        foreach (var page in new[] { list, detail })
        {
            Assert.Empty(page.Document.QuerySelectorAll("img[onerror], svg[onload], script:not([src]):not([type=importmap])"));
            Assert.DoesNotContain("<img src=x", page.Html);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page.Html);
        }
        Assert.Equal("<img src=x onerror=alert(1)>", detail.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task BookPage_WithHyphens_RedirectsToTheCanonicalAddress()
    {
        var page = await catalog.GetAsync($"/books/{Sky[..3]}-{Sky[3..5]}-{Sky[5..]}");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal($"/books/{Sky}", page.Uri.IsAbsoluteUri ? page.Uri.AbsolutePath : page.Uri.OriginalString);
    }

    [Theory]
    [InlineData("/books/9780000000019")] // a valid ISBN nobody added
    [InlineData("/books/9788900000017")] // a wrong check digit
    [InlineData("/books/not-an-isbn")]
    [InlineData("/books/%3Cscript%3E")]
    public async Task BookPage_ForAnUnknownOrMalformedIsbn_IsA404WithTheFriendlyPage(string path)
    {
        var page = await catalog.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Text("status-title"));
        Assert.False(page.Has("book-detail"));
    }

    [Fact]
    public async Task BookPage_ForARemovedBook_IsA404()
    {
        var book = await catalog.AddAsync("979120000001", "A Book Soon Gone", "Nobody");
        Assert.Equal(HttpStatusCode.OK, (await catalog.GetAsync($"/books/{book.Isbn}")).Status);

        await catalog.Editor.RemoveAsync(book.Isbn, book.Version, BookDatabase.Admin);

        var page = await catalog.GetAsync($"/books/{book.Isbn}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Text("status-title"));
    }
}
