using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Kakao;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator maps Kakao's <c>/v2/user/me</c> the way Logto's Kakao connector does.</summary>
public sealed class KakaoConnectorTests
{
    private static readonly Uri Images = new("http://kakao.test/images/");

    [Fact]
    public void AccountWithEverything_MapsNicknameAvatarAndEmail()
    {
        var profile = KakaoConnector.Map(KakaoUserMe.For(KakaoAccount.Tester, Images, DateTimeOffset.UnixEpoch));

        Assert.Equal("4242424242", profile.Id);
        Assert.Equal("카카오테스터", profile.Name);
        Assert.Equal("kakao.tester@example.com", profile.Email);
        Assert.Equal("http://kakao.test/images/4242424242.svg", profile.Avatar);
    }

    [Fact]
    public void KakaosDefaultImage_IsNotAnAvatar()
    {
        var me = KakaoUserMe.For(KakaoAccount.WithDefaultImage, Images, DateTimeOffset.UnixEpoch);

        Assert.True(me["kakao_account"]!["profile"]!["is_default_image"]!.GetValue<bool>());
        Assert.Null(KakaoConnector.Map(me).Avatar);
    }

    [Fact]
    public void AccountWithoutEmail_MapsNoEmail()
    {
        var me = KakaoUserMe.For(KakaoAccount.WithoutEmail, Images, DateTimeOffset.UnixEpoch);

        Assert.False(me["kakao_account"]!["has_email"]!.GetValue<bool>());
        Assert.Null(KakaoConnector.Map(me).Email);
    }

    [Fact]
    public void AnEmailKakaoCallsInvalid_IsNotUsed()
    {
        var me = KakaoUserMe.For(KakaoAccount.Tester, Images, DateTimeOffset.UnixEpoch);
        me["kakao_account"]!["is_email_valid"] = false;

        Assert.Null(KakaoConnector.Map(me).Email);
    }

    [Fact]
    public void RawData_IsKakaosWholeAnswer()
    {
        var me = KakaoUserMe.For(KakaoAccount.Tester, Images, DateTimeOffset.UnixEpoch);

        var details = KakaoConnector.Map(me).ToDetails();

        Assert.True(JsonNode.DeepEquals(me, details["rawData"]));
        Assert.Equal("4242424242", details["id"]!.GetValue<string>());
    }
}
