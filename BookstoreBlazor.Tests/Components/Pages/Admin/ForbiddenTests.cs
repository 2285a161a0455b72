using BookstoreBlazor.Components;
using BookstoreBlazor.Components.Pages.Status;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>
/// One friendly "no access" page, whether the server answered a page load with 403 or the router found a signed-in
/// user without the role inside a live circuit; signed-out people are sent to sign in instead.
/// </summary>
public sealed class ForbiddenTests : AdminTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Forbidden_SaysThereIsNoAccess_AndLinksHome()
    {
        var cut = Render<Forbidden>();

        Assert.Equal("You don't have access to this page", cut.Find("[data-testid=status-title]").TextContent);
        Assert.StartsWith("Your account does not have the role this page needs", cut.Find("[data-testid=status-text]").TextContent);
        Assert.Contains("Error 403", cut.Markup);
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void StatusPage_For403_IsTheForbiddenPage()
    {
        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 403));

        Assert.NotEmpty(cut.FindAll("[data-testid=forbidden]"));
        var forbidden = Render<Forbidden>();
        Assert.Equal(forbidden.Find("[data-testid=status-title]").TextContent, cut.Find("[data-testid=status-title]").TextContent);
        Assert.Equal(forbidden.Find("[data-testid=status-text]").TextContent, cut.Find("[data-testid=status-text]").TextContent);
    }

    [Fact]
    public void Routes_AdminPageForASignedInReader_ShowsTheForbiddenPageInTheLayout()
    {
        SignInAsReader();
        GoTo("/admin/books");

        var cut = Render<Routes>();

        Assert.Equal("You don't have access to this page", cut.Find(".mud-main-content [data-testid=forbidden] [data-testid=status-title]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=admin-books]"));
        Assert.Empty(cut.FindAll("[data-testid=nav-admin]"));
        Assert.Equal("/admin/books", new Uri(Navigation.Uri).AbsolutePath);
    }

    [Fact]
    public void Routes_EditPageForASignedInReader_ShowsTheForbiddenPage()
    {
        SignInAsReader();
        GoTo("/admin/books/9780000000019/edit");

        var cut = Render<Routes>();

        Assert.NotEmpty(cut.FindAll("[data-testid=forbidden]"));
        Assert.Empty(cut.FindAll("[data-testid=save-book]"));
    }

    [Fact]
    public void Routes_AdminPageWhenSignedOut_SendsToSignInAndBack()
    {
        Auth.SetNotAuthorized();
        GoTo("/admin/books");

        Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal("/sign-in?returnUrl=%2Fadmin%2Fbooks", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public void Routes_AdminPageForAnAdmin_ShowsTheCatalogueAndTheAdminLink()
    {
        SignInAsAdmin();
        GoTo("/admin/books");

        var cut = Render<Routes>();

        Assert.Equal("Catalogue admin", cut.Find(".mud-main-content h1").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=admin-books]"));
        Assert.NotEmpty(cut.FindAll("a[data-testid=nav-admin]"));
    }

    [Fact]
    public void Routes_WhenTheAdminRoleGoesAwayInALivePage_SwitchesToTheForbiddenPage_AndBack()
    {
        SignInAsAdmin();
        GoTo("/admin/books");
        var cut = Render<Routes>();
        Assert.NotEmpty(cut.FindAll("[data-testid=admin-books]"));

        SignInAsReader();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=forbidden]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=admin-books]"));
        Assert.Empty(cut.FindAll("[data-testid=nav-admin]"));
        SignInAsAdmin();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=admin-books]")), Patience);
        Assert.NotEmpty(cut.FindAll("a[data-testid=nav-admin]"));
    }
}
