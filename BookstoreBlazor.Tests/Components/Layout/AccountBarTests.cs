using BookstoreBlazor.Components.Layout;
using BookstoreBlazor.Sessions.Outage;
using Bunit;
using Microsoft.AspNetCore.Http;

namespace BookstoreBlazor.Tests.Components.Layout;

public class AccountBarTests : BookstoreTestContext
{
    [Fact]
    public void AccountBar_WhenAnonymous_ShowsSignInSignUpAndKakaoLinks()
    {
        Auth.SetNotAuthorized();

        var cut = Render<AccountBar>();

        Assert.Equal("/sign-in", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Equal("/sign-up", cut.Find("[data-testid=sign-up]").GetAttribute("href"));
        Assert.Equal("/sign-in/kakao", cut.Find("[data-testid=kakao-sign-in]").GetAttribute("href"));
        Assert.Contains("Sign in", cut.Find("[data-testid=sign-in]").TextContent);
        Assert.Contains("Create account", cut.Find("[data-testid=sign-up]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=user-menu]"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AccountBar_OnTheSessionStoreOutagePage_ClaimsNeitherSignedInNorSignedOut(bool signedIn)
    {
        if (signedIn)
            SignInAsKakaoUser();
        else
            Auth.SetNotAuthorized();
        HttpContext http = new DefaultHttpContext();
        http.Features.Set(new SessionStoreOutage(InterruptedStep.Page, "/"));

        var cut = Render<AccountBar>(p => p.AddCascadingValue(http));

        Assert.Empty(cut.FindAll("[data-testid=user-menu]"));
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
        Assert.Empty(cut.FindAll("[data-testid=kakao-sign-in]"));
    }

    [Fact]
    public void AccountBar_WhenAnonymousOnProfile_LinksCarryReturnUrl()
    {
        Auth.SetNotAuthorized();
        GoTo("/profile");

        var cut = Render<AccountBar>();

        Assert.Equal("/sign-in?returnUrl=%2Fprofile", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Equal("/sign-up?returnUrl=%2Fprofile", cut.Find("[data-testid=sign-up]").GetAttribute("href"));
        Assert.Equal("/sign-in/kakao?returnUrl=%2Fprofile", cut.Find("[data-testid=kakao-sign-in]").GetAttribute("href"));
    }

    [Fact]
    public void AccountBar_WhenUserNavigates_ReturnUrlFollowsTheNewPage()
    {
        Auth.SetNotAuthorized();
        var cut = Render<AccountBar>();

        GoTo("/profile");

        cut.WaitForAssertion(() =>
            Assert.Equal("/sign-in?returnUrl=%2Fprofile", cut.Find("[data-testid=sign-in]").GetAttribute("href")));
    }

    [Fact]
    public void AccountBar_ReturnUrl_DropsTheNoticeParameter()
    {
        Auth.SetNotAuthorized();
        GoTo("/profile?notice=signed-out&tab=2");

        var cut = Render<AccountBar>();

        Assert.Equal("/sign-in?returnUrl=%2Fprofile%3Ftab%3D2", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/sign-in-failed?reason=access_denied")]
    [InlineData("/sign-out")]
    [InlineData("/status/404")]
    public void AccountBar_OnOneOffPages_LinksDoNotReturnThere(string page)
    {
        Auth.SetNotAuthorized();
        GoTo(page);

        var cut = Render<AccountBar>();

        Assert.Equal("/sign-in", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
    }

    [Fact]
    public void AccountBar_WhileAuthorizing_ShowsProgressIndicatorOnly()
    {
        Auth.SetAuthorizing();

        var cut = Render<AccountBar>();

        var progress = cut.Find(".mud-progress-circular");
        Assert.Equal("Checking your session", progress.GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
        Assert.Empty(cut.FindAll("[data-testid=user-menu]"));
    }

    [Fact]
    public void AccountBar_WhenSignedIn_ShowsUserMenuWithDisplayName()
    {
        SignInAsKakaoUser();

        var cut = Render<AccountBar>();

        Assert.Equal(KakaoNickname, cut.Find("[data-testid=user-menu] .user-menu-name").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
        Assert.Empty(cut.FindAll("[data-testid=kakao-sign-in]"));
    }
}
