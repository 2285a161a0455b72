using BookstoreBlazor.Components.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Account;

public class SignInButtonsTests : BookstoreTestContext
{
    [Fact]
    public void SignInButtons_WithKakaoAllowed_ShowsKakaoButton()
    {
        var cut = Render<SignInButtons>();

        Assert.Equal("/sign-in/kakao", cut.Find("[data-testid=kakao-sign-in]").GetAttribute("href"));
    }

    [Fact]
    public void SignInButtons_WhenKakaoNotAllowListed_HidesKakaoButton()
    {
        Logto.SocialConnectors = ["google"];

        var cut = Render<SignInButtons>();

        Assert.Empty(cut.FindAll("[data-testid=kakao-sign-in]"));
        Assert.Equal("/sign-in", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Equal("/sign-up", cut.Find("[data-testid=sign-up]").GetAttribute("href"));
    }

    [Fact]
    public void SignInButtons_WithNoConnectors_HidesKakaoButton()
    {
        Logto.SocialConnectors = [];

        var cut = Render<SignInButtons>();

        Assert.Empty(cut.FindAll("[data-testid=kakao-sign-in]"));
    }

    [Fact]
    public void SignInButtons_MatchesKakaoConnectorCaseInsensitively()
    {
        Logto.SocialConnectors = ["Kakao"];

        var cut = Render<SignInButtons>();

        Assert.Single(cut.FindAll("[data-testid=kakao-sign-in]"));
    }

    [Fact]
    public void SignInButtons_WhenLarge_StacksButtons()
    {
        var cut = Render<SignInButtons>(p => p.Add(b => b.Large, true));

        Assert.Contains("sign-in-buttons--large", cut.Find(".sign-in-buttons").ClassList);
        Assert.Contains("kakao-button--large", cut.Find("[data-testid=kakao-sign-in]").ClassList);
    }
}
