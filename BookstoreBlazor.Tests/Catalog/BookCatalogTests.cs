using BookstoreBlazor.Catalog;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Catalog;

public sealed class BookCatalogTests
{
    private static async Task<BookDatabase> WithBooksAsync(SessionFlavour flavour)
    {
        var books = await BookDatabase.CreateAsync(flavour);
        await books.AddAsync("9788900000016", "진달래꽃", ["김소월"], "ko", "poetry", ["Kim Sowol"], "Azaleas", 1925, 11000);
        await books.AddAsync("9788900000023", "하늘과 바람과 별과 시", ["윤동주"], "ko", "poetry", ["Yun Dong-ju"], "Sky, Wind, Stars and Poems", 1948, 12000);
        await books.AddAsync("9784000000017", "坊っちゃん", ["夏目漱石"], "ja", "novel", ["Natsume Sōseki"], "Botchan", 1906, 9000);
        await books.AddAsync("9784000000024", "ゴン狐", ["新美南吉"], "ja", "children", ["Niimi Nankichi"], "Gon, the Little Fox", 1932, 8000);
        await books.AddAsync("9780000000019", "Pride and Prejudice", ["Jane Austen"], "en", "novel", year: 1813, price: 14000);
        await books.AddAsync("9780000000026", "The Adventures of Tom Sawyer", ["Mark Twain"], "en", "children", year: 1876, price: 13000);
        return books;
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task Search_FindsByTitleOrAuthor_InHangulKanaAndLatin_IgnoringCaseAndWidth(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);

        async Task<string[]> Titles(string q) =>
            (await books.Catalog.SearchAsync(CatalogQuery.From(q, null, null, null, null))).Books.Select(b => b.Title).ToArray();

        Assert.Equal(["진달래꽃"], await Titles("김소월"));
        Assert.Equal(["하늘과 바람과 별과 시"], await Titles("바람"));
        Assert.Equal(["坊っちゃん"], await Titles("漱石"));
        Assert.Equal(["坊っちゃん"], await Titles("soseki")); // romanised author, macron not typed
        Assert.Equal(["ゴン狐"], await Titles("ｺﾞﾝ")); // half-width katakana
        Assert.Equal(["Pride and Prejudice"], await Titles("ＰＲＩＤＥ")); // full-width Latin
        Assert.Equal(["Pride and Prejudice"], await Titles("austen PRIDE"));
        Assert.Empty(await Titles("austen sawyer"));
        Assert.Equal(["하늘과 바람과 별과 시"], await Titles("sky stars"));
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task Search_FiltersSortsAndPages(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);

        var children = await books.Catalog.SearchAsync(CatalogQuery.From(null, "children", null, "year", null));
        Assert.Equal(["The Adventures of Tom Sawyer", "ゴン狐"], children.Books.Select(b => b.Title));

        var korean = await books.Catalog.SearchAsync(CatalogQuery.From(null, null, "ko", "price-desc", null));
        Assert.Equal(["하늘과 바람과 별과 시", "진달래꽃"], korean.Books.Select(b => b.Title));

        var secondPage = await books.Catalog.SearchAsync(CatalogQuery.From(null, null, null, "year", 2, pageSize: 4));
        Assert.Equal((6, 2, 2), (secondPage.Total, secondPage.PageCount, secondPage.Books.Count));
        Assert.Equal(["ゴン狐", "하늘과 바람과 별과 시"], secondPage.Books.Select(b => b.Title));
    }

    [Fact]
    public async Task Search_PastTheLastPage_ShowsTheLastPage_AndNonsenseInTheUrlFallsBackToDefaults()
    {
        await using var books = await WithBooksAsync(SessionFlavour.Sqlite);

        var page = await books.Catalog.SearchAsync(CatalogQuery.From("  ", "no-such-genre", "xx", "sideways", 99, pageSize: 4));

        Assert.Equal((CatalogSort.Title, 2, 6), (page.Query.Sort, page.Query.Page, page.Total));
        Assert.False(page.Query.IsFiltered);
    }

    [Fact]
    public async Task RemovedBooks_LeaveSearchAndLookup()
    {
        await using var books = await WithBooksAsync(SessionFlavour.Sqlite);
        var austen = (await books.Catalog.FindAsync("978-0-00-000001-9"))!;

        await books.Editor.RemoveAsync(austen.Isbn, austen.Version, BookDatabase.Admin);

        Assert.Null(await books.Catalog.FindAsync(austen.Isbn));
        Assert.Equal(5, (await books.Catalog.SearchAsync(new CatalogQuery())).Total);
        Assert.DoesNotContain(await books.Catalog.NewestAsync(10), b => b.Isbn == austen.Isbn);
    }

    [Theory]
    [InlineData("not-an-isbn")]
    [InlineData("9780000000010")] // valid shape, wrong check digit
    [InlineData("9781111111113")] // valid, but not in the catalogue
    public async Task Find_UnknownOrMalformedIsbn_IsNull(string isbn)
    {
        await using var books = await WithBooksAsync(SessionFlavour.Sqlite);
        Assert.Null(await books.Catalog.FindAsync(isbn));
    }
}
