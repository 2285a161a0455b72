using Microsoft.AspNetCore.Components;
using BookstoreBlazor.Components;
using Bunit;
using Bunit.TestDoubles;

namespace BookstoreBlazor.Tests.Components;

/// <summary>The router's handling of the [Authorize] profile page and unknown addresses.</summary>
public class RoutesTests : BookstoreTestContext
{
    [Fact]
    public void Routes_ProfileWhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        Auth.SetNotAuthorized();
        GoTo("/profile");
        RenderStatically();

        Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal("/sign-in?returnUrl=%2Fprofile", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public void Routes_ProfileWhenSignedIn_ShowsTheProfileInTheLayout()
    {
        SignInAsKakaoUser();
        GoTo("/profile");
        RenderStatically();

        var cut = Render<Routes>();

        Assert.Equal(KakaoNickname, cut.Find(".mud-main-content [data-testid=profile-name]").TextContent);
        Assert.Equal("Bookstore", cut.Find(".mud-appbar a.brand").TextContent.Trim());
        Assert.Equal("/profile", new Uri(Navigation.Uri).AbsolutePath);
    }

    [Fact]
    public void Routes_ProfileWhenSignedInButNotAllowed_ShowsTheNoAccessPage()
    {
        Auth.SetAuthorized("minsu", AuthorizationState.Unauthorized);
        GoTo("/profile");
        RenderStatically();

        var cut = Render<Routes>();

        Assert.Equal("You don't have access to this page", cut.Find(".mud-main-content [data-testid=forbidden] [data-testid=status-title]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=claims-table]"));
        Assert.Equal("/profile", new Uri(Navigation.Uri).AbsolutePath);
    }

    [Fact]
    public void Routes_InACircuit_LeaveTheStaticProfile_ToAFullPageLoad()
    {
        SignInAsKakaoUser();
        GoTo("/profile");

        var cut = Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal("/profile", new Uri(new Uri("http://localhost/"), navigation.Uri).AbsolutePath);
        Assert.True(navigation.Options.ForceLoad);
        Assert.Empty(cut.FindAll("[data-testid=profile-name]"));
    }

    /// <summary>/profile is excluded from interactive routing: the server renders it, without a circuit.</summary>
    private void RenderStatically() => SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    [Fact]
    public void Routes_UnknownAddress_ShowsPageNotFound()
    {
        Auth.SetNotAuthorized();
        GoTo("/no-such-page");

        var cut = Render<Routes>();

        Assert.Equal("Page not found", cut.Find("[data-testid=status-title]").TextContent);
    }
}
