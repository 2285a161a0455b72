using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Books;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Books;

public class BookCardTests : BookstoreTestContext
{
    private static Book KoreanBook(string? alternateTitle = "Sky, Wind, Stars and Poems") => new()
    {
        Isbn = "9788900000016", Title = "하늘과 바람과 별과 시", AlternateTitle = alternateTitle, Authors = ["윤동주"],
        AuthorsLatin = ["Yun Dong-ju"], Year = 1948, Language = "ko", Genre = "poetry", Description = "Poems.", Price = 12000,
    };

    private static Book EnglishBook() => new()
    {
        Isbn = "9780000000019", Title = "Pride and Prejudice", Authors = ["Jane Austen"], Year = 1813, Language = "en",
        Genre = "novel", Description = "A novel.", Price = 14000,
    };

    [Fact]
    public void BookCard_ForAKoreanBook_ShowsTheHangulTitleInKoreanAndTheEnglishNamesBelow()
    {
        var cut = Render<BookCard>(p => p.Add(c => c.Book, BookSummary.Of(KoreanBook())));

        var title = cut.Find("[data-testid=book-title]");
        Assert.Equal("하늘과 바람과 별과 시", title.TextContent);
        Assert.Equal("ko", title.GetAttribute("lang"));
        Assert.Equal("Sky, Wind, Stars and Poems", cut.Find("[data-testid=book-alternate-title]").TextContent);
        Assert.Equal("윤동주", cut.Find("[data-testid=book-author]").TextContent);
        Assert.Equal("ko", cut.Find("[data-testid=book-author]").GetAttribute("lang"));
        Assert.Equal("Yun Dong-ju", cut.Find("[data-testid=book-author-latin]").TextContent);
        Assert.Equal("1948", cut.Find("[data-testid=book-year]").TextContent);
        Assert.Equal("Poetry", cut.Find("[data-testid=book-genre]").TextContent.Trim());
        Assert.Equal("₩12,000", cut.Find("[data-testid=book-price]").TextContent);
    }

    [Fact]
    public void BookCard_ForAKoreanBookWithoutAlternateTitle_LeavesThatLineOut()
    {
        var cut = Render<BookCard>(p => p.Add(c => c.Book, BookSummary.Of(KoreanBook(alternateTitle: null))));

        Assert.Empty(cut.FindAll("[data-testid=book-alternate-title]"));
        Assert.Equal("Yun Dong-ju", cut.Find("[data-testid=book-author-latin]").TextContent);
    }

    [Fact]
    public void BookCard_ForAnEnglishBook_ShowsNoAlternateLines()
    {
        var cut = Render<BookCard>(p => p.Add(c => c.Book, BookSummary.Of(EnglishBook())));

        Assert.Equal("en", cut.Find("[data-testid=book-title]").GetAttribute("lang"));
        Assert.Empty(cut.FindAll("[data-testid=book-alternate-title]"));
        Assert.Empty(cut.FindAll("[data-testid=book-author-latin]"));
        Assert.Equal("₩14,000", cut.Find("[data-testid=book-price]").TextContent);
    }

    [Fact]
    public void BookCard_LinksToTheBookPage_ShowsItsCover_AndItsGenreLeadsToThatGenre()
    {
        var book = KoreanBook();

        var cut = Render<BookCard>(p => p.Add(c => c.Book, BookSummary.Of(book)));

        Assert.Equal("/books/9788900000016", cut.Find("a[data-testid=book-link]").GetAttribute("href"));
        var cover = cut.Find("a[data-testid=book-link] img[data-testid=book-cover]");
        Assert.Equal(BookstoreBlazor.Catalog.Covers.BookCovers.UrlFor(book), cover.GetAttribute("src"));
        Assert.Equal("", cover.GetAttribute("alt")); // the title beside it says what the cover shows
        Assert.Equal("/books?genre=poetry", cut.Find("[data-testid=book-genre]").GetAttribute("href"));
    }

    [Fact]
    public void BookCard_ShowsHostileTextAsText()
    {
        var book = EnglishBook();
        book.Title = "<script>alert(1)</script> & <b>bold</b>";
        book.Authors = ["<img src=x onerror=alert(1)>"];

        var cut = Render<BookCard>(p => p.Add(c => c.Book, BookSummary.Of(book)));

        Assert.Equal(book.Title, cut.Find("[data-testid=book-title]").TextContent);
        Assert.Equal(book.Authors[0], cut.Find("[data-testid=book-author]").TextContent);
        Assert.Empty(cut.FindAll("script, b, img[src=x]"));
    }
}
