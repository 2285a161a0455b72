using BookstoreBlazor.Authentication;
using BookstoreBlazor.Components.Pages.Profile;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Profile;

public class LinkedIdentitiesTests : BookstoreTestContext
{
    private static readonly LinkedIdentity Kakao = new("kakao", "4242424242", KakaoNickname, "kakao.tester@example.com");

    private IRenderedComponent<LinkedIdentities> RenderWith(params LinkedIdentity[] identities) =>
        Render<LinkedIdentities>(p => p.Add(c => c.Identities, identities));

    private static string Text(AngleSharp.Dom.IElement scope, string testId) =>
        scope.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public void KakaoIdentity_ShowsNicknameKakaoIdAndEmail()
    {
        var cut = RenderWith(Kakao);

        var card = cut.Find("[data-testid=linked-identity-kakao]");
        Assert.Equal(KakaoNickname, Text(card, "linked-identity-name"));
        Assert.Equal("Kakao ID 4242424242", Text(card, "linked-identity-id"));
        Assert.Equal("kakao.tester@example.com", Text(card, "linked-identity-email"));
        Assert.Contains("Kakao", card.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=linked-identities-empty]"));
    }

    [Fact]
    public void KakaoIdentity_HasTheKakaoYellowMarker()
    {
        var cut = RenderWith(Kakao);

        var marker = cut.Find("[data-testid=linked-identity-kakao] [data-testid=kakao-marker]");
        Assert.Contains("provider-marker--kakao", marker.ClassList);
        Assert.NotNull(marker.QuerySelector("svg.kakao-symbol"));
    }

    [Fact]
    public void KakaoIdentityWithoutEmail_SaysEmailNotShared()
    {
        var cut = RenderWith(Kakao with { Email = null });

        Assert.Equal("Email not shared", Text(cut.Find("[data-testid=linked-identity-kakao]"), "linked-identity-email"));
        Assert.DoesNotContain("@", cut.Find("[data-testid=linked-identity-kakao]").TextContent);
    }

    [Fact]
    public void IdentityWithoutNickname_SaysSo()
    {
        var cut = RenderWith(Kakao with { Name = null });

        Assert.Equal("Nickname not shared", Text(cut.Find("[data-testid=linked-identity-kakao]"), "linked-identity-name"));
    }

    [Fact]
    public void NoIdentities_ShowsTheEmptyState()
    {
        var cut = RenderWith();

        Assert.Equal("No linked social accounts.", cut.Find("[data-testid=linked-identities-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid^=linked-identity-]"));
    }

    [Fact]
    public void OtherProviders_AreNamedByTheirCapitalisedId_WithoutTheKakaoMarker()
    {
        var cut = RenderWith(Kakao, new LinkedIdentity("google", "1090000000001", "Kim Minsu", null));

        var google = cut.Find("[data-testid=linked-identity-google]");
        Assert.Equal("Google ID 1090000000001", Text(google, "linked-identity-id"));
        Assert.Equal("Kim Minsu", Text(google, "linked-identity-name"));
        Assert.Null(google.QuerySelector("[data-testid=kakao-marker]"));
        Assert.Equal(["linked-identity-kakao", "linked-identity-google"],
            cut.FindAll("[data-testid^=linked-identity-kakao], [data-testid^=linked-identity-google]").Select(e => e.GetAttribute("data-testid")));
    }

    [Theory]
    [InlineData("kakao", "Kakao")]
    [InlineData("KAKAO", "Kakao")]
    [InlineData("google", "Google")]
    [InlineData("github", "Github")]
    [InlineData("x", "X")]
    public void ProviderName_IsKakaoOrTheCapitalisedId(string provider, string shown)
    {
        Assert.Equal(shown, LinkedIdentities.ProviderName(provider));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void MarkupInNicknameOrEmail_RendersAsText(string payload)
    {
        var cut = RenderWith(new LinkedIdentity("kakao", "4242424242", payload, payload));

        var card = cut.Find("[data-testid=linked-identity-kakao]");
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
        Assert.Equal(payload, Text(card, "linked-identity-name"));
        Assert.Equal(payload, Text(card, "linked-identity-email"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(payload), cut.Markup);
    }
}
