using BookstoreBlazor.Tests.Catalog;
using Bunit;
using HomePage = BookstoreBlazor.Components.Pages.Home.Home;

namespace BookstoreBlazor.Tests.Components.Pages.Home;

public class HomeTests : CatalogTestContext
{
    private const string SignedOutText = "You are signed out of Bookstore and Logto.";
    private const string LogtoUnreachableText =
        "You are signed out of Bookstore. Logto could not be reached, so your Logto session may still be active.";

    [Fact]
    public void Home_WhenAnonymous_SaysNotSignedInAndShowsSignInButtons()
    {
        Auth.SetNotAuthorized();

        var cut = Render<HomePage>();

        Assert.Equal("You are not signed in.", cut.Find("[data-testid=auth-state]").TextContent);
        Assert.Equal("/sign-in", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Equal("/sign-up", cut.Find("[data-testid=sign-up]").GetAttribute("href"));
        Assert.Equal("/sign-in/kakao", cut.Find("[data-testid=kakao-sign-in]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("form[action='/sign-out']"));
    }

    [Fact]
    public void Home_WhenSignedIn_WelcomesUserAndOffersSignOut()
    {
        SignInAsKakaoUser();

        var cut = Render<HomePage>();

        Assert.Equal($"Welcome back, {KakaoNickname}", cut.Find("h1").TextContent);
        Assert.Equal("You are signed in with Logto.", cut.Find("[data-testid=auth-state]").TextContent);
        Assert.Equal("post", cut.Find("form[action='/sign-out']").GetAttribute("method"));
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
    }

    [Fact]
    public void Home_WhenSignedInWithPicture_ShowsAvatarImage()
    {
        SignInAsKakaoUser(picture: KakaoPicture);

        var cut = Render<HomePage>();

        Assert.Equal(KakaoPicture, cut.Find("img[data-testid=avatar-image]").GetAttribute("src"));
    }

    [Fact]
    public void Home_WhileAuthorizing_ShowsSkeletonOnly()
    {
        Auth.SetAuthorizing();

        var cut = Render<HomePage>();

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        Assert.Empty(cut.FindAll("[data-testid=auth-state]"));
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
    }

    [Fact]
    public void Home_AfterSignOut_WhenAnonymous_ShowsSignedOutNotice()
    {
        Auth.SetNotAuthorized();
        GoTo("/?notice=signed-out");

        var cut = Render<HomePage>();

        Assert.Equal(SignedOutText, cut.Find("[data-testid=notice]").TextContent.Trim());
        Assert.Contains("mud-alert-text-success", cut.Find("[data-testid=notice]").ClassName);
    }

    [Fact]
    public void Home_SignedOutNotice_IsHiddenWhenSignedIn()
    {
        SignInAsKakaoUser();
        GoTo("/?notice=signed-out");

        var cut = Render<HomePage>();

        Assert.Empty(cut.FindAll("[data-testid=notice]"));
        Assert.DoesNotContain(SignedOutText, cut.Markup);
    }

    [Fact]
    public void Home_AfterLocalSignOut_WarnsLogtoCouldNotBeReached()
    {
        Auth.SetNotAuthorized();
        GoTo("/?notice=signed-out-locally");

        var cut = Render<HomePage>();

        Assert.Equal(LogtoUnreachableText, cut.Find("[data-testid=notice]").TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", cut.Find("[data-testid=notice]").ClassName);
    }

    [Theory]
    [InlineData("/?notice=hacked")]
    [InlineData("/?notice=")]
    [InlineData("/")]
    public void Home_WithUnknownOrNoNotice_ShowsNoNotice(string page)
    {
        Auth.SetNotAuthorized();
        GoTo(page);

        var cut = Render<HomePage>();

        Assert.Empty(cut.FindAll("[data-testid=notice]"));
        Assert.DoesNotContain("hacked", cut.Markup);
    }

    [Fact]
    public void Home_ClosingTheNotice_HidesIt()
    {
        Auth.SetNotAuthorized();
        GoTo("/?notice=signed-out");
        var cut = Render<HomePage>();

        cut.Find("[data-testid=notice] button").Click();

        Assert.Empty(cut.FindAll("[data-testid=notice]"));
    }

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

        cut.WaitForState(() => cut.Instance.Prerendered is not null, Patience); // the books have been asked for
        Assert.Empty(cut.FindAll("[data-testid=newest-books], [data-testid=featured-books]"));
        Assert.Equal("You are not signed in.", cut.Find("[data-testid=auth-state]").TextContent);
    }
}
