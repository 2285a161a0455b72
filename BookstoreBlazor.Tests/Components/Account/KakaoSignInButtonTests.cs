using BookstoreBlazor.Components.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Account;

public class KakaoSignInButtonTests : BookstoreTestContext
{
    [Fact]
    public void KakaoSignInButton_LinksToKakaoSignIn()
    {
        var cut = Render<KakaoSignInButton>();

        var link = cut.Find("a[data-testid=kakao-sign-in]");
        Assert.Equal("/sign-in/kakao", link.GetAttribute("href"));
    }

    [Fact]
    public void KakaoSignInButton_ShowsKakaoLabel()
    {
        var cut = Render<KakaoSignInButton>();

        Assert.Equal("Continue with Kakao", cut.Find(".kakao-label").TextContent);
    }

    [Fact]
    public void KakaoSignInButton_WithReturnUrl_CarriesItEncoded()
    {
        var cut = Render<KakaoSignInButton>(p => p.Add(b => b.ReturnUrl, "/profile"));

        Assert.Equal("/sign-in/kakao?returnUrl=%2Fprofile", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void KakaoSignInButton_WhenLarge_UsesLargeStyle()
    {
        var cut = Render<KakaoSignInButton>(p => p.Add(b => b.Large, true));

        Assert.Contains("kakao-button--large", cut.Find("a").ClassList);
    }

    [Fact]
    public void KakaoSignInButton_ByDefault_IsCompact()
    {
        var cut = Render<KakaoSignInButton>();

        Assert.DoesNotContain("kakao-button--large", cut.Find("a").ClassList);
    }
}
