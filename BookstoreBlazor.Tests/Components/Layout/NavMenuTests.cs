using BookstoreBlazor.Components.Layout;
using BookstoreBlazor.Sessions.Outage;
using Bunit;
using Microsoft.AspNetCore.Http;

namespace BookstoreBlazor.Tests.Components.Layout;

public class NavMenuTests : BookstoreTestContext
{
    private static Dictionary<string, string?> Links(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll("a.mud-nav-link").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));

    [Fact]
    public void NavMenu_WhenAnonymous_OffersHomeBooksProfileAndSignIn()
    {
        Auth.SetNotAuthorized();

        var cut = Render<NavMenu>();

        Assert.Equal(new Dictionary<string, string?> { ["Home"] = "/", ["Books"] = "/books", ["Profile"] = "/profile", ["Sign in"] = "/sign-in" }, Links(cut));
    }

    [Fact]
    public void NavMenu_WhenSignedIn_OffersHomeBooksShelfClubsProfileSessionsAndSignOut()
    {
        SignInAsKakaoUser();

        var cut = Render<NavMenu>();

        Assert.Equal(new Dictionary<string, string?> { ["Home"] = "/", ["Books"] = "/books", ["My shelf"] = "/shelf", ["Book clubs"] = "/clubs", ["Profile"] = "/profile", ["Sessions"] = "/sessions", ["Sign out"] = "/sign-out" },
            Links(cut));
        Assert.Equal("/sessions", cut.Find("a[data-testid=nav-sessions]").GetAttribute("href"));
    }

    [Fact]
    public void NavMenu_OnTheSessionStoreOutagePage_ShowsOnlyHome_TheCatalogueIsInThatDatabaseToo()
    {
        SignInAsKakaoUser();
        HttpContext http = new DefaultHttpContext();
        http.Features.Set(new SessionStoreOutage(InterruptedStep.Page, "/"));

        var cut = Render<NavMenu>(p => p.AddCascadingValue(http));

        Assert.Equal(["Home"], Links(cut).Keys);
    }

    [Fact]
    public void NavMenu_WhileAuthorizing_ShowsHomeAndBooks()
    {
        Auth.SetAuthorizing();

        var cut = Render<NavMenu>();

        Assert.Equal(["Home", "Books"], Links(cut).Keys);
    }
}
