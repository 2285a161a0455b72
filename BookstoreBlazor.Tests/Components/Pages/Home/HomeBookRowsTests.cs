using BookstoreBlazor.Tests.Catalog;
using Bunit;
using HomePage = BookstoreBlazor.Components.Pages.Home.Home;

namespace BookstoreBlazor.Tests.Components.Pages.Home;

/// <summary>The front page's rows of books, for everyone, below the sign-in or the greeting.</summary>
public class HomeBookRowsTests : CatalogTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static string[] Titles(IRenderedComponent<HomePage> cut, string row) =>
        cut.FindAll($"[data-testid={row}] [data-testid=book-title]").Select(t => t.TextContent).ToArray();

    [Fact]
    public async Task Home_WhenAnonymous_ShowsFeaturedAndNewlyAddedBooks_AndLeadsToTheCatalogue()
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        Auth.SetNotAuthorized();

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal(8, Titles(cut, "newest-books").Length), Patience);
        var featured = SampleBooks.All.Where(b => b.Featured).Select(b => b.Title!).Order(StringComparer.Ordinal).Take(8);
        Assert.Equal(featured.ToArray(), Titles(cut, "featured-books"));
        var newest = SampleBooks.All.Select(b => b.Title!).Reverse().Take(8);
        Assert.Equal(newest.ToArray(), Titles(cut, "newest-books"));
        Assert.Equal("/books/" + SampleBooks.IsbnOf("A Room of One's Own"),
            cut.Find("[data-testid=newest-books] a[data-testid=book-link]").GetAttribute("href"));
        Assert.Equal("/books", cut.Find("a[data-testid=browse-books]").GetAttribute("href"));
        Assert.Equal("You are not signed in.", cut.Find("[data-testid=auth-state]").TextContent);
    }

    [Fact]
    public async Task Home_WhenSignedIn_ShowsTheSameRowsBelowTheGreeting()
    {
        await SampleBooks.AddAllAsync(Books.Editor);
        SignInAsKakaoUser();

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal(8, Titles(cut, "featured-books").Length), Patience);
        Assert.Equal(8, Titles(cut, "newest-books").Length);
        Assert.Equal($"Welcome back, {KakaoNickname}", cut.Find("h1").TextContent);
        Assert.Equal("/books", cut.Find("a[data-testid=browse-books]").GetAttribute("href"));
    }

    [Fact]
    public void Home_WithAnEmptyCatalogue_ShowsNoBookRows()
    {
        Auth.SetNotAuthorized();

        var cut = Render<HomePage>();

        cut.WaitForState(() => cut.Instance.Books is not null, Patience); // the books have been read
        Assert.Empty(cut.FindAll("[data-testid=newest-books], [data-testid=featured-books]"));
        Assert.Equal("You are not signed in.", cut.Find("[data-testid=auth-state]").TextContent);
    }
}
