using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Admin;
using BookstoreBlazor.Shelves;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

public sealed class AdminBooksTests : AdminTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static IReadOnlyList<string> Titles(IRenderedComponent<AdminBooks> cut) =>
        cut.FindAll("td[data-testid=book-title] .title").Select(t => t.TextContent).ToList();

    [Fact]
    public async Task List_ShowsEachBooksFields_AndWhoChangedItLast()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"], language: "en", genre: "novel", price: 12000,
            alternateTitle: "A second chance");
        SignInAsAdmin();

        var cut = Render<AdminBooks>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("td[data-testid=book-title]")), Patience);
        var row = cut.Find("tr.mud-table-row:has(td[data-testid=book-title])");
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("978-0000000019", cells[0]);
        Assert.Contains("Persuasion", cells[1]);
        Assert.Contains("A second chance", cells[1]);
        Assert.Equal("Jane Austen", cells[2]);
        Assert.Equal("English", cells[3]);
        Assert.Equal("Novels", cells[4]);
        Assert.Equal("₩12,000", cells[5]);
        Assert.Equal("Bookstore Admin", row.QuerySelector("[data-testid=changed-by]")!.TextContent);
        Assert.Equal("just now", row.QuerySelector("[data-testid=changed-at]")!.TextContent);
        Assert.Equal("/admin/books/9780000000019/edit", row.QuerySelector("a[data-testid=edit-book]")!.GetAttribute("href"));
        Assert.Equal("1 book", cut.Find("[data-testid=admin-total]").TextContent);
    }

    [Fact]
    public async Task List_ABookNoAdminHasChanged_SaysItCameWithTheCatalogueSeed()
    {
        await using (var db = await Books.Databases.CreateDbContextAsync())
        {
            var seeded = new Book
            {
                Isbn = "9788937460449", Title = "진달래꽃", Authors = ["김소월"], Year = 1925, Language = "ko", Genre = "poetry",
                Description = "Poems.", Price = 11000, AddedAt = DateTime.UtcNow.AddDays(-3), UpdatedAt = DateTime.UtcNow.AddDays(-3),
            };
            seeded.UpdateDerivedFields();
            db.Books.Add(seeded);
            await db.SaveChangesAsync();
        }
        SignInAsAdmin();

        var cut = Render<AdminBooks>();

        cut.WaitForAssertion(() => Assert.Equal("catalogue seed", cut.Find("[data-testid=changed-by]").TextContent), Patience);
        Assert.Equal("3 days ago", cut.Find("[data-testid=changed-at]").TextContent);
        Assert.Equal("ko", cut.Find("td[data-testid=book-title] .title").GetAttribute("lang"));
    }

    [Fact]
    public async Task List_PagesOnTheServer_TenBooksAtATime()
    {
        for (var i = 0; i < 12; i++)
            await Books.AddAsync(IsbnFor(i), $"Book {i:D2}", ["Author"]);
        SignInAsAdmin();

        var cut = Render<AdminBooks>();

        cut.WaitForAssertion(() => Assert.Equal(10, Titles(cut).Count), Patience);
        Assert.Equal("12 books", cut.Find("[data-testid=admin-total]").TextContent);
        Assert.Equal("Book 00", Titles(cut)[0]);
        await cut.InvokeAsync(() => cut.FindComponent<MudTable<Book>>().Instance.NavigateTo(Page.Next));
        cut.WaitForAssertion(() => Assert.Equal(["Book 10", "Book 11"], Titles(cut)), Patience);
    }

    [Fact]
    public async Task Search_NarrowsTheListToMatchingTitlesAndAuthors()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        await Books.AddAsync("9780000000026", "Emma", ["Jane Austen"]);
        await Books.AddAsync("9780000000033", "채식주의자", ["한강"], language: "ko", authorsLatin: ["Han Kang"]);
        SignInAsAdmin();
        var cut = Render<AdminBooks>();
        cut.WaitForAssertion(() => Assert.Equal(3, Titles(cut).Count), Patience);

        await cut.InvokeAsync(() => cut.Find("input[data-testid=admin-search]").Input("han kang"));

        cut.WaitForAssertion(() => Assert.Equal(["채식주의자"], Titles(cut)), Patience);
        await cut.InvokeAsync(() => cut.Find("input[data-testid=admin-search]").Input("austen"));
        cut.WaitForAssertion(() => Assert.Equal(["Emma", "Persuasion"], Titles(cut)), Patience);
        await cut.InvokeAsync(() => cut.Find("input[data-testid=admin-search]").Input("no such book"));
        cut.WaitForAssertion(() => Assert.Equal("No book matches this search.", cut.Find("[data-testid=admin-no-books]").TextContent), Patience);
    }

    [Fact]
    public async Task List_ShowsATitleThatLooksLikeMarkup_AsText()
    {
        await Books.AddAsync("9780000000019", "<img src=x onerror=alert(1)>", ["<script>alert(2)</script>"]);
        SignInAsAdmin();

        var cut = Render<AdminBooks>();

        cut.WaitForAssertion(() => Assert.Equal(["<img src=x onerror=alert(1)>"], Titles(cut)), Patience);
        Assert.Empty(cut.FindAll("td img, td script"));
        Assert.Equal("<script>alert(2)</script>", cut.Find("td[data-testid=book-authors]").TextContent);
    }

    internal static string IsbnFor(int i)
    {
        var first12 = $"978000001{i:D3}";
        return first12 + Isbn.CheckDigit(first12);
    }
}
