using BookstoreBlazor.Components;
using Bunit;
using Bunit.TestDoubles;

namespace BookstoreBlazor.Tests.Components;

/// <summary>The router's handling of [Authorize] pages, the static profile and unknown addresses.</summary>
public class RoutesTests : BookstoreTestContext
{
    [Fact]
    public void Routes_ShelfWhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        Auth.SetNotAuthorized();
        GoTo("/shelf");

        Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal("/sign-in?returnUrl=%2Fshelf", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public void Routes_ShelfWhenSignedInButNotAllowed_ShowsTheNoAccessPage()
    {
        Auth.SetAuthorized("minsu", AuthorizationState.Unauthorized);
        GoTo("/shelf");

        var cut = Render<Routes>();

        Assert.Equal("You don't have access to this page", cut.Find(".mud-main-content [data-testid=forbidden] [data-testid=status-title]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid^=shelf-filter-]"));
        Assert.Equal("/shelf", new Uri(Navigation.Uri).AbsolutePath);
    }

    [Fact]
    public void Routes_InACircuit_DoNotRenderTheStaticProfile()
    {
        // /profile is excluded from interactive routing: the server renders it (HTTP tests read it), never a circuit.
        SignInAsKakaoUser();
        GoTo("/profile");

        var cut = Render<Routes>();

        Assert.Empty(cut.FindAll("[data-testid=profile-name]"));
    }

    [Fact]
    public void Routes_UnknownAddress_ShowsPageNotFound()
    {
        Auth.SetNotAuthorized();
        GoTo("/no-such-page");

        var cut = Render<Routes>();

        Assert.Equal("Page not found", cut.Find("[data-testid=status-title]").TextContent);
    }
}
