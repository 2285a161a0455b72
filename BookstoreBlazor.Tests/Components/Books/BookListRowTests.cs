using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Covers;
using BookstoreBlazor.Components.Books;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Books;

public class BookListRowTests : BookstoreTestContext
{
    private static Book Kokoro(DateTime? removedAt = null) => new()
    {
        Isbn = "9784000000010", Title = "こころ", Authors = ["夏目漱石"], Year = 1914, Language = "ja", Genre = "novel",
        Description = "A novel.", Price = 9000, RemovedAt = removedAt,
    };

    [Fact]
    public void InTheCatalogue_TheRowShowsTheDrawnCover_AndLinksToTheBook()
    {
        var book = Kokoro();

        var cut = Render<BookListRow>(p => p.Add(r => r.Book, book).Add(r => r.TestId, "row"));

        Assert.Equal(BookCovers.UrlFor(book), cut.Find("img.book-cover").GetAttribute("src"));
        Assert.Equal("/books/9784000000010", cut.Find("a[data-testid=row-title]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=row-no-cover]"));
    }

    [Fact]
    public void RemovedFromTheCatalogue_TheRowAsksForNoCover_WhichTheCoverEndpointNoLongerServes()
    {
        var cut = Render<BookListRow>(p => p.Add(r => r.Book, Kokoro(removedAt: DateTime.UtcNow)).Add(r => r.TestId, "row"));

        Assert.Empty(cut.FindAll("img"));
        Assert.NotNull(cut.Find("[data-testid=row-no-cover]"));
        Assert.Empty(cut.FindAll("a[data-testid=row-title]"));
        Assert.Equal("No longer in the catalogue", cut.Find("[data-testid=row-removed]").TextContent);
    }
}
