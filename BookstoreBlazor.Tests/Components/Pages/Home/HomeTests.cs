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
}
