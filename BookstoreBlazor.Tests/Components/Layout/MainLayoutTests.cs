using BookstoreBlazor.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace BookstoreBlazor.Tests.Components.Layout;

public class MainLayoutTests : BookstoreTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=page>page body</p>"))));

    [Fact]
    public void MainLayout_ShowsBookstoreTitleLinkingHome()
    {
        Auth.SetNotAuthorized();

        var cut = RenderLayout();

        var brand = cut.Find(".mud-appbar a.brand");
        Assert.Equal("Bookstore", brand.TextContent.Trim());
        Assert.Equal("/", brand.GetAttribute("href"));
    }

    [Fact]
    public void MainLayout_RendersThePageBody()
    {
        Auth.SetNotAuthorized();

        var cut = RenderLayout();

        Assert.Equal("page body", cut.Find(".mud-main-content #page").TextContent);
    }

    [Fact]
    public void MainLayout_WhenAnonymous_ShowsSignInButtonsInAppBar()
    {
        Auth.SetNotAuthorized();

        var cut = RenderLayout();

        Assert.NotNull(cut.Find(".mud-appbar [data-testid=sign-in]"));
        Assert.Empty(cut.FindAll(".mud-appbar [data-testid=user-menu]"));
    }

    [Fact]
    public void MainLayout_WhenSignedIn_ShowsUserMenuInAppBar()
    {
        SignInAsKakaoUser();

        var cut = RenderLayout();

        Assert.Equal(KakaoNickname, cut.Find(".mud-appbar [data-testid=user-menu] .user-menu-name").TextContent);
    }

    [Fact]
    public void MainLayout_OnAStaticPage_CarriesNoInteractivitySignal_NorCircuitOnlyParts()
    {
        Auth.SetNotAuthorized();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderLayout();

        Assert.False(cut.Find(".mud-layout").HasAttribute("data-interactive"));
        Assert.Empty(cut.FindAll($".mud-appbar button[aria-label='Toggle navigation']"));
        Assert.Empty(cut.FindComponents<MudPopoverProvider>());
        Assert.Empty(cut.FindComponents<MudSnackbarProvider>());
        Assert.NotNull(cut.Find("details[data-testid=language-menu-static]"));
    }

    [Fact]
    public void MainLayout_OnAStaticPage_SignedIn_PutsTheAccountInAnIsland()
    {
        SignInAsKakaoUser();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderLayout();

        var island = cut.Find(".mud-appbar [data-testid=account-island]");
        Assert.Equal(KakaoNickname, island.QuerySelector("[data-testid=user-menu-name]")!.TextContent);
        Assert.Empty(cut.FindComponents<UserMenu>());
    }

    [Theory]
    [InlineData(false, "false")]
    [InlineData(true, "true")]
    public void MainLayout_OnAnInteractivePage_SaysWhetherItsCircuitIsLive(bool live, string signal)
    {
        Auth.SetNotAuthorized();
        SetRendererInfo(new RendererInfo("Server", isInteractive: live));

        var cut = Render<MainLayout>(p => p
            .Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=page>page body</p>")))
            .SetAssignedRenderMode(InteractiveServer));

        Assert.Equal(signal, cut.Find(".mud-layout").GetAttribute("data-interactive"));
        Assert.NotNull(cut.Find(".mud-appbar button[aria-label='Toggle navigation']"));
        Assert.Single(cut.FindComponents<MudPopoverProvider>());
    }

    [Fact]
    public void MainLayout_OnAnInteractivePage_SignedIn_KeepsTheMudMenu()
    {
        SignInAsKakaoUser();

        var cut = Render<MainLayout>(p => p
            .Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p>page</p>")))
            .SetAssignedRenderMode(InteractiveServer));

        Assert.Single(cut.FindComponents<UserMenu>());
        Assert.Empty(cut.FindAll("[data-testid=account-island]"));
    }

    [Fact]
    public void MainLayout_HasNoThemeProvider_TheThemeIsAStyleSheet()
    {
        Auth.SetNotAuthorized();

        var cut = RenderLayout();

        Assert.Empty(cut.FindComponents<MudThemeProvider>());
        Assert.Empty(cut.FindAll("style"));
        Assert.NotNull(cut.Find(".mud-appbar [data-testid=dark-mode] a[data-testid=switch-to-dark]"));
    }
}
