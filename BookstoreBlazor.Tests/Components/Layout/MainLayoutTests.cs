using BookstoreBlazor.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;

namespace BookstoreBlazor.Tests.Components.Layout;

public class MainLayoutTests : BookstoreTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=page>page body</p>"))));

    private static IRenderedComponent<MudIconButton> DarkModeButton(IRenderedComponent<MainLayout> cut) =>
        cut.FindComponents<MudIconButton>().Single(b => b.Instance.UserAttributes.ContainsKey("data-testid")
            && Equals(b.Instance.UserAttributes["data-testid"], "dark-mode"));

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
    public void MainLayout_StartsInLightMode_OfferingDarkMode()
    {
        Auth.SetNotAuthorized();

        var cut = RenderLayout();

        Assert.Equal(Icons.Material.Filled.DarkMode, DarkModeButton(cut).Instance.Icon);
        Assert.Equal("Switch to dark mode", cut.FindComponent<MudTooltip>().Instance.Text);
        Assert.False(cut.FindComponent<MudThemeProvider>().Instance.GetState(t => t.IsDarkMode));
    }

    [Fact]
    public void MainLayout_ClickingDarkModeToggle_SwitchesToDarkMode()
    {
        Auth.SetNotAuthorized();
        var cut = RenderLayout();
        var darkIcon = cut.Find("button[data-testid=dark-mode] svg").InnerHtml;

        cut.Find("button[data-testid=dark-mode]").Click();

        Assert.NotEqual(darkIcon, cut.Find("button[data-testid=dark-mode] svg").InnerHtml);
        Assert.Equal(Icons.Material.Filled.LightMode, DarkModeButton(cut).Instance.Icon);
        Assert.Equal("Switch to light mode", cut.FindComponent<MudTooltip>().Instance.Text);
        Assert.True(cut.FindComponent<MudThemeProvider>().Instance.GetState(t => t.IsDarkMode));
    }

    [Fact]
    public void MainLayout_ClickingDarkModeToggleTwice_ReturnsToLightMode()
    {
        Auth.SetNotAuthorized();
        var cut = RenderLayout();

        cut.Find("button[data-testid=dark-mode]").Click();
        cut.Find("button[data-testid=dark-mode]").Click();

        Assert.Equal(Icons.Material.Filled.DarkMode, DarkModeButton(cut).Instance.Icon);
        Assert.False(cut.FindComponent<MudThemeProvider>().Instance.GetState(t => t.IsDarkMode));
    }
}
