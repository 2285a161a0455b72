using BookstoreBlazor.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Tests.Components.Layout;

public class AccountIslandTests : BookstoreTestContext
{
    [Theory]
    [InlineData(false, "false")]
    [InlineData(true, "true")]
    public void AccountIsland_SaysWhetherItsCircuitIsLive(bool live, string signal)
    {
        SignInAsKakaoUser();
        SetRendererInfo(new RendererInfo(live ? "Server" : "Static", isInteractive: live));

        var cut = Render<AccountIsland>();

        Assert.Equal(signal, cut.Find("[data-testid=account-island]").GetAttribute("data-interactive"));
        Assert.Equal(KakaoNickname, cut.Find("[data-testid=user-menu-name]").TextContent);
    }

    [Fact]
    public void AccountIsland_WhenTheSessionEnds_SaysSo_AndLoadsTheSignedOutHomePage()
    {
        SignInAsKakaoUser();
        GoTo("/profile");
        var cut = Render<AccountIsland>();

        Auth.SetNotAuthorized();

        cut.WaitForAssertion(() => Assert.Equal("Your session has ended (it was signed out elsewhere or expired). Sign in again to continue.",
            cut.Find("[role=alert][data-testid=session-ended]").TextContent));
        var last = Navigation.History.First();
        Assert.Equal("/?notice=session-ended", last.Uri);
        Assert.True(last.Options.ForceLoad);
    }

    [Fact]
    public void AccountIsland_WhileTheSessionGoesOn_StaysQuiet()
    {
        SignInAsKakaoUser();
        GoTo("/profile");
        var cut = Render<AccountIsland>();
        var renders = cut.RenderCount;

        SignInAsKakaoUser(email: "new@example.com");

        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal("/profile", new Uri(Navigation.Uri).AbsolutePath);
        Assert.Empty(cut.FindAll("[data-testid=session-ended]"));
    }

    [Fact]
    public void AccountIsland_Prerendered_DoesNotWatch_SoItCannotNavigate()
    {
        SignInAsKakaoUser();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        GoTo("/profile");
        var cut = Render<AccountIsland>();

        Auth.SetNotAuthorized();

        Assert.Empty(cut.FindAll("[data-testid=session-ended]"));
        Assert.Equal("/profile", new Uri(Navigation.Uri).AbsolutePath);
    }
}
