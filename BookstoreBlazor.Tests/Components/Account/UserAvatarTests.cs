using System.Security.Claims;
using BookstoreBlazor.Components.Account;
using Bunit;
using static BookstoreBlazor.Authentication.LogtoClaimTypes;

namespace BookstoreBlazor.Tests.Components.Account;

public class UserAvatarTests : BookstoreTestContext
{
    private IRenderedComponent<UserAvatar> RenderAvatarFor(params Claim[] claims)
    {
        var user = SignInAs(claims);
        return Render<UserAvatar>(p => p.Add(a => a.User, user));
    }

    [Fact]
    public void UserAvatar_WithPicture_ShowsImageWithoutReferrer()
    {
        var cut = RenderAvatarFor(KakaoClaims(picture: KakaoPicture));

        var img = cut.Find("img");
        Assert.Equal(KakaoPicture, img.GetAttribute("src"));
        Assert.Equal("no-referrer", img.GetAttribute("referrerpolicy"));
        // The name is bidi-isolated (FSI … PDI), so an override in it cannot reorder "'s avatar".
        Assert.Equal($"\u2068{KakaoNickname}\u2069's avatar", img.GetAttribute("alt"));
        Assert.Empty(cut.FindAll("[data-testid=avatar-initials]"));
    }

    [Fact]
    public void UserAvatar_WithoutPicture_ShowsHangulInitial()
    {
        var cut = RenderAvatarFor(new Claim(Subject, "sub-1"), new Claim(Name, KakaoNickname));

        Assert.Equal("카", cut.Find("[data-testid=avatar-initials]").TextContent.Trim());
        Assert.Equal(KakaoNickname, cut.Find("[data-testid=avatar-initials]").GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("img"));
    }

    [Fact]
    public void UserAvatar_WithEmptyPicture_ShowsInitials()
    {
        var cut = RenderAvatarFor(KakaoClaims(picture: ""));

        Assert.Equal("카", cut.Find("[data-testid=avatar-initials]").TextContent.Trim());
        Assert.Empty(cut.FindAll("img"));
    }

    [Theory]
    [InlineData("Kim Minsu", "KM")]
    [InlineData("kim minsu park", "KM")]
    [InlineData("minsu@example.com", "M")]
    [InlineData("카카오테스터", "카")]
    [InlineData("\u202EKim \u200Bminsu", "KM")]
    [InlineData("\u200B \u3164 Kim", "K")]
    [InlineData("👩\u200D💻 dev", "👩\u200D💻D")]
    public void UserAvatar_Initials_TakeOneLetterPerWord(string name, string initials)
    {
        var cut = RenderAvatarFor(new Claim(Subject, "sub-1"), new Claim(Name, name));

        Assert.Equal(initials, cut.Find("[data-testid=avatar-initials]").TextContent.Trim());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")]
    [InlineData("/relative/avatar.png")]
    [InlineData("ftp://example.com/a.png")]
    public void UserAvatar_WithUnsafePicture_ShowsInitialsAndNoImage(string picture)
    {
        var cut = RenderAvatarFor(new Claim(Subject, "sub-1"), new Claim(Name, "Kim Minsu"), new Claim(Picture, picture));

        Assert.Equal("KM", cut.Find("[data-testid=avatar-initials]").TextContent.Trim());
        Assert.Empty(cut.FindAll("img"));
        Assert.DoesNotContain(picture, cut.Markup);
    }
}
