using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.Authentication.FullFlow;

/// <summary>The refresh token the app receives at sign-in, used at the emulator's token endpoint as the app will.</summary>
public sealed class RefreshTokenFlowTests
{
    [Fact]
    public async Task SignIn_WithConsentAndOfflineAccess_SavesARefreshToken_ThatRotatesAndReturnsANewIdToken()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var first = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token");
        Assert.False(string.IsNullOrEmpty(first));

        var refreshed = await RefreshAsync(env, first!);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var second = refreshed.Body["refresh_token"]!.GetValue<string>();
        Assert.NotEqual(first, second);
        var idToken = refreshed.Body["id_token"]!.GetValue<string>();
        Assert.Equal("ES384", OidcTestClient.Header(idToken)["alg"]!.GetValue<string>());
        Assert.Equal("카카오테스터", OidcTestClient.Payload(idToken)["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(env, second)).Status);
    }

    [Fact]
    public async Task ReusingARotatedRefreshToken_RevokesTheWholeGrant()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var first = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!;
        var second = (await RefreshAsync(env, first)).Body["refresh_token"]!.GetValue<string>();

        var reuse = await RefreshAsync(env, first);
        var afterReuse = await RefreshAsync(env, second);

        Assert.Equal("invalid_grant", reuse.Body["error"]!.GetValue<string>());
        Assert.Equal("invalid_grant", afterReuse.Body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_WithoutPromptConsent_GetsNoRefreshToken()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: new Dictionary<string, string?> { ["Logto:Prompt"] = "" });

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var tokens = (await SavedTokens.ReadAsync(env)).Properties;
        Assert.False(string.IsNullOrEmpty(tokens.GetTokenValue("access_token")));
        Assert.Null(tokens.GetTokenValue("refresh_token"));
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> RefreshAsync(EmulatorEnvironment env, string refreshToken)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(env.Logto.Endpoint.BaseUri, "oidc/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = env.Logto.DefaultClient.ClientId,
            ["client_secret"] = env.Logto.DefaultClient.ClientSecret,
        }));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

}
