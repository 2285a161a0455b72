using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Users;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>What the emulator's tokens and userinfo say about a user, compared with what a real Logto sends.</summary>
public sealed class TokenAndUserInfoTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task IdToken_CarriesLogtosClaims_WithNullsAndRolesAsLogtoSendsThem()
    {
        await using var probe = emulator.NewProbe();

        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester);
        var idToken = OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>());

        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, idToken["iss"]!.GetValue<string>());
        Assert.Equal(probe.Logto.DefaultClient.ClientId, idToken["aud"]!.GetValue<string>());
        Assert.Equal("nonce-456", idToken["nonce"]!.GetValue<string>());
        Assert.Equal("카카오테스터", idToken["name"]!.GetValue<string>());
        Assert.Equal("kakao.tester@example.com", idToken["email"]!.GetValue<string>());
        Assert.True(idToken["email_verified"]!.GetValue<bool>());
        Assert.EndsWith("/kakao/images/4242424242.svg", idToken["picture"]!.GetValue<string>());
        Assert.True(idToken.ContainsKey("username"));
        Assert.Null(idToken["username"]);
        // A new Kakao user gets the tenant's default role (reader), as Logto gives default roles to every new user.
        Assert.Equal(JsonValueKind.Array, idToken["roles"]!.GetValueKind());
        Assert.Equal(["reader"], idToken["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(idToken["sid"]!.GetValue<string>()));
        // created_at is in milliseconds, auth_time in seconds, as in Logto's tokens.
        Assert.True(idToken["created_at"]!.GetValue<long>() > idToken["auth_time"]!.GetValue<long>() * 100);
        Assert.False(idToken.ContainsKey("identities"));
    }

    [Fact]
    public async Task UserInfo_HasTheKakaoIdentity_InLogtosShape()
    {
        await using var probe = emulator.NewProbe();
        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester);

        var me = await probe.Client.UserInfoAsync(tokens["access_token"]!.GetValue<string>());

        var kakao = me["identities"]!["kakao"]!;
        Assert.Equal("4242424242", kakao["userId"]!.GetValue<string>());
        Assert.Equal("카카오테스터", kakao["details"]!["name"]!.GetValue<string>());
        Assert.Equal("kakao.tester@example.com", kakao["details"]!["email"]!.GetValue<string>());
        Assert.Equal(4242424242, kakao["details"]!["rawData"]!["id"]!.GetValue<long>());
        Assert.Equal("카카오테스터", kakao["details"]!["rawData"]!["kakao_account"]!["profile"]!["nickname"]!.GetValue<string>());
        // The default role every new user gets.
        Assert.Equal(["reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(me["sso_identities"]!.AsArray());
    }

    [Fact]
    public async Task UserInfo_ForAKakaoUserWhoSharedNoEmail_HasNoEmailAnywhere()
    {
        // Its own emulator: the Kakao tester's Logto user keeps the email an earlier sign-in shared.
        await using var probe = await EmulatorProbe.StartAsync();
        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester, shareEmail: false);

        var me = await probe.Client.UserInfoAsync(tokens["access_token"]!.GetValue<string>());

        Assert.Null(me["email"]);
        Assert.False(me["email_verified"]!.GetValue<bool>());
        Assert.False(me["identities"]!["kakao"]!["details"]!.AsObject().ContainsKey("email"));
        Assert.True(me["identities"]!["kakao"]!["details"]!["rawData"]!["kakao_account"]!["email_needs_agreement"]!.GetValue<bool>());
    }

    [Fact]
    public async Task UserInfo_WithoutTheIdentitiesScope_LeavesIdentitiesOut()
    {
        await using var probe = emulator.NewProbe();
        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester, scope: "openid profile");

        var me = await probe.Client.UserInfoAsync(tokens["access_token"]!.GetValue<string>());

        Assert.Null(me["identities"]);
        Assert.Null(me["email"]);
        Assert.Equal("카카오테스터", me["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserInfo_CarriesTheKakaoAppPropertiesAndReportedImage_AsLogtosConnectorMapsThem()
    {
        var account = KakaoAccount.Tester with
        {
            ReportedImageUrl = "javascript:alert(1)",
            CustomProperties = new Dictionary<string, string> { ["favourite_shelf"] = "시집" },
        };
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [account] } });
        var tokens = await SignInWithKakaoAsync(probe, account);

        var me = await probe.Client.UserInfoAsync(tokens["access_token"]!.GetValue<string>());

        Assert.Equal("javascript:alert(1)", me["picture"]!.GetValue<string>());
        var details = me["identities"]!["kakao"]!["details"]!;
        Assert.Equal("javascript:alert(1)", details["avatar"]!.GetValue<string>());
        Assert.Equal("시집", details["rawData"]!["properties"]!["favourite_shelf"]!.GetValue<string>());
        Assert.Equal("카카오테스터", details["rawData"]!["properties"]!["nickname"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserInfo_WithTheCustomDataScope_HasTheUsersCustomData()
    {
        var account = new TestAccount("curator", "bookstore") { CustomData = new JsonObject { ["shelf"] = "poetry" } };
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { TestAccounts = [account] });
        var signIn = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["scope"] = "openid profile custom_data" });
        var callback = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("curator", "bookstore"), stopAt: OidcTestClient.IsCallback);
        var accessToken = (await probe.Client.RedeemAsync(callback.Uri))["access_token"]!.GetValue<string>();

        var me = await probe.Client.UserInfoAsync(accessToken);

        Assert.Equal("""{"shelf":"poetry"}""", me["custom_data"]!.ToJsonString());
    }

    [Fact]
    public async Task PasswordUser_HasRolesAndAUsername()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await probe.Client.AuthorizeAsync();
        var callback = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);

        var idToken = OidcTestClient.Payload((await probe.Client.RedeemAsync(callback.Uri))["id_token"]!.GetValue<string>());

        Assert.Equal("reader", idToken["username"]!.GetValue<string>());
        Assert.Equal(["reader"], idToken["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(idToken["picture"]);
    }

    [Fact]
    public async Task WithoutPromptConsent_OfflineAccessIsNotGranted()
    {
        await using var probe = emulator.NewProbe();

        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester, prompt: null);

        Assert.NotNull(tokens["access_token"]);
        Assert.Null(tokens["refresh_token"]);
    }

    [Fact]
    public async Task TheCode_IsSingleUse()
    {
        await using var probe = emulator.NewProbe();
        var consent = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["direct_sign_in"] = "social:kakao" });
        var callback = await probe.Browser.SubmitAsync(consent, Agree(KakaoAccount.Tester), stopAt: OidcTestClient.IsCallback);

        await probe.Client.RedeemAsync(callback.Uri);
        var replay = await probe.Client.RedeemAsync(callback.Uri);

        Assert.Equal("invalid_grant", replay["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARevokedRefreshToken_NoLongerRefreshes()
    {
        await using var probe = emulator.NewProbe();
        var refreshToken = (await SignInWithKakaoAsync(probe, KakaoAccount.Tester))["refresh_token"]!.GetValue<string>();

        await probe.Client.RevokeAsync(refreshToken);
        var refresh = await probe.Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

        Assert.Equal("invalid_grant", refresh["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailUserInfoFault_Answers500_WhileTokensAreStillIssued()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { FailUserInfoRequests = true });
        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, probe.Url("oidc/me"));
        request.Headers.Authorization = new("Bearer", tokens["access_token"]!.GetValue<string>());
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(tokens["id_token"]?.GetValue<string>()));
        Assert.Equal(1, probe.Logto.Statistics.UserInfoRequests);
    }

    public static async Task<JsonObject> SignInWithKakaoAsync(EmulatorProbe probe, KakaoAccount account, bool shareEmail = true,
        string scope = "openid profile email offline_access identities roles", string? prompt = "consent")
    {
        var consent = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["direct_sign_in"] = "social:kakao", ["scope"] = scope, ["prompt"] = prompt,
        });
        var answer = Agree(account);
        answer["share_email"] = shareEmail ? "true" : null;
        var callback = await probe.Browser.SubmitAsync(consent, answer, stopAt: OidcTestClient.IsCallback);
        return await probe.Client.RedeemAsync(callback.Uri);
    }

    private static Dictionary<string, string?> Agree(KakaoAccount account) =>
        new() { ["account"] = account.Id.ToString(), ["decision"] = "agree" };
}
