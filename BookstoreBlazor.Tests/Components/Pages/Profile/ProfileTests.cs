using System.Security.Claims;
using Bunit;
using static BookstoreBlazor.Authentication.LogtoClaimTypes;
using ProfilePage = BookstoreBlazor.Components.Pages.Profile.Profile;

namespace BookstoreBlazor.Tests.Components.Pages.Profile;

public class ProfileTests : BookstoreTestContext
{
    private static string Cell(IRenderedComponent<ProfilePage> cut, string claim) =>
        cut.Find($"[data-testid=claim-{claim}]").TextContent.Trim();

    [Fact]
    public void Profile_WithFullProfile_ShowsEveryClaim()
    {
        SignInAs(new(Subject, "sub-1"), new(Name, "Kim Minsu"), new(Username, "minsu"), new(Email, "minsu@example.com"),
            new(EmailVerified, "true"), new(Picture, KakaoPicture), new(Roles, "admin"), new(Roles, "reader"));

        var cut = Render<ProfilePage>();

        Assert.Equal("sub-1", cut.Find("[data-testid=claim-sub] .claim-value").TextContent);
        Assert.Equal("Kim Minsu", cut.Find("[data-testid=claim-name] .claim-value").TextContent);
        Assert.Equal("minsu", cut.Find("[data-testid=claim-username] .claim-value").TextContent);
        Assert.Equal("minsu@example.com", cut.Find("[data-testid=claim-email] .claim-value").TextContent);
        Assert.Equal(KakaoPicture, cut.Find("[data-testid=claim-picture] .claim-value").TextContent);
        Assert.Equal(["admin", "reader"], cut.FindAll("[data-testid=claim-roles] .mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=claims-table] .not-set"));
    }

    [Fact]
    public void Profile_WithVerifiedEmail_MarksItPrimary()
    {
        SignInAs(new(Subject, "sub-1"), new(Email, "minsu@example.com"), new(EmailVerified, "true"));

        var cut = Render<ProfilePage>();

        Assert.Contains("primary email", Cell(cut, "email"));
        Assert.Equal("minsu@example.com", cut.Find("[data-testid=profile-name]").TextContent);
    }

    [Fact]
    public void Profile_WithUnverifiedEmail_SaysNotVerified()
    {
        SignInAs(new(Subject, "sub-1"), new(Email, "minsu@example.com"), new(EmailVerified, "false"));

        var cut = Render<ProfilePage>();

        Assert.Contains("not verified", Cell(cut, "email"));
    }

    [Fact]
    public void Profile_ForKakaoUserWithoutEmailOrPicture_ShowsNotSetForAbsentClaims()
    {
        SignInAsKakaoUser();

        var cut = Render<ProfilePage>();

        Assert.Equal(KakaoSub, Cell(cut, "sub"));
        Assert.Equal(KakaoNickname, Cell(cut, "name"));
        Assert.Equal("Not set", Cell(cut, "username"));
        Assert.Equal("Not set", Cell(cut, "email"));
        Assert.Equal("Not set", Cell(cut, "picture"));
        Assert.Equal("No roles", Cell(cut, "roles"));
        Assert.Empty(cut.FindAll("[data-testid=claim-email] .mud-chip"));
        Assert.Contains("No email shared", cut.Markup);
        Assert.Equal("카", cut.Find("[data-testid=avatar-initials]").TextContent.Trim());
    }

    [Fact]
    public void Profile_WithPicture_ShowsAvatarImage()
    {
        SignInAsKakaoUser(email: "tester@kakao.com", picture: KakaoPicture);

        var cut = Render<ProfilePage>();

        Assert.Equal(KakaoPicture, cut.Find("img[data-testid=avatar-image]").GetAttribute("src"));
        Assert.Contains("tester@kakao.com", cut.Find(".mud-card").TextContent);
    }

    [Fact]
    public void Profile_WithScriptInName_RendersItAsText()
    {
        const string payload = "<script>alert(1)</script>";
        SignInAs(new Claim(Subject, "sub-1"), new Claim(Name, payload));

        var cut = Render<ProfilePage>();

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup);
        Assert.Equal(payload, cut.Find("[data-testid=claim-name] .claim-value").TextContent);
        Assert.Equal(payload, cut.Find("[data-testid=profile-name]").TextContent);
    }

    [Fact]
    public void Profile_WithImageTagInName_RendersItAsText()
    {
        const string payload = "<img src=x onerror=alert(1)>";
        SignInAs(new Claim(Subject, "sub-1"), new Claim(Name, payload));

        var cut = Render<ProfilePage>();

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", cut.Markup);
        Assert.Equal(payload, cut.Find("[data-testid=claim-name] .claim-value").TextContent);
    }

    [Fact]
    public void Profile_WithEmptyRoleClaims_SaysNoRoles()
    {
        SignInAs(new(Subject, "sub-1"), new(Roles, ""), new(Roles, " "));

        var cut = Render<ProfilePage>();

        Assert.Equal("No roles", Cell(cut, "roles"));
        Assert.Empty(cut.FindAll("[data-testid=claim-roles] .mud-chip"));
    }

    [Fact]
    public void Profile_ForKakaoLinkedUser_ListsTheLinkedKakaoAccount()
    {
        SignInAs([.. KakaoClaims(), new Claim(LinkedIdentity, """{"provider":"kakao","userId":"4242424242","name":"카카오테스터"}""")]);

        var cut = Render<ProfilePage>();

        var kakao = cut.Find("[data-testid=linked-identity-kakao]");
        Assert.Equal(KakaoNickname, kakao.QuerySelector("[data-testid=linked-identity-name]")!.TextContent.Trim());
        Assert.Equal("Kakao ID 4242424242", kakao.QuerySelector("[data-testid=linked-identity-id]")!.TextContent.Trim());
        Assert.Equal("Email not shared", kakao.QuerySelector("[data-testid=linked-identity-email]")!.TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=linked-identities-empty]"));
    }

    [Fact]
    public void Profile_WithoutLinkedAccounts_SaysSo()
    {
        SignInAsKakaoUser();

        var cut = Render<ProfilePage>();

        Assert.Equal("No linked social accounts.", cut.Find("[data-testid=linked-identities-empty]").TextContent.Trim());
    }

    [Fact]
    public void Profile_WithOnlyMalformedLinkedAccountClaims_ShowsTheEmptyState()
    {
        SignInAs([.. KakaoClaims(), new Claim(LinkedIdentity, "{not json"), new Claim(LinkedIdentity, """{"provider":"kakao"}""")]);

        var cut = Render<ProfilePage>();

        Assert.NotNull(cut.Find("[data-testid=linked-identities-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=linked-identity-kakao]"));
    }

    [Fact]
    public void Profile_WithScriptInLinkedNickname_RendersItAsText()
    {
        const string payload = "<script>alert(1)</script>";
        SignInAs(new Claim(Subject, "sub-1"), new Claim(LinkedIdentity, $$"""{"provider":"kakao","userId":"1","name":"{{payload}}"}"""));

        var cut = Render<ProfilePage>();

        Assert.Empty(cut.FindAll("script"));
        Assert.Equal(payload, cut.Find("[data-testid=linked-identity-name]").TextContent.Trim());
    }
}
