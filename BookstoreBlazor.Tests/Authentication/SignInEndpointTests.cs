using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class SignInEndpointTests
{
    [Fact]
    public async Task SignIn_WithoutPar_RedirectsToLogtoWithClientIdCallbackPkceScopesAndPrompt()
    {
        await using var env = await LogtoTestEnvironment.StartAsync(advertisePar: false);

        var response = await env.Browser.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(env.Logto.Issuer + "/auth?", response.Headers.Location!.AbsoluteUri);
        var query = SignInFlow.Query(response.Headers.Location);
        AssertIsLogtoAuthorizationRequest(query);
        Assert.DoesNotContain("first_screen", query.Keys);
        Assert.DoesNotContain("direct_sign_in", query.Keys);
        Assert.DoesNotContain("client_secret", query.Keys);
    }

    [Fact]
    public async Task SignIn_WithPar_PushesTheRequestAndSendsOnlyItsReference()
    {
        await using var env = await LogtoTestEnvironment.StartAsync(advertisePar: true);

        var response = await env.Browser.GetAsync("/sign-in");

        var query = SignInFlow.Query(response.Headers.Location);
        Assert.Equal(FakeLogto.ClientId, query["client_id"]);
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"]);
        Assert.DoesNotContain("code_challenge", query.Keys);
        Assert.DoesNotContain(FakeLogto.ClientSecret, response.Headers.Location!.AbsoluteUri);
        AssertIsLogtoAuthorizationRequest(env.Logto.LastPushedRequest!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignUp_AsksLogtoForTheRegisterScreenFirst(bool par)
    {
        await using var env = await LogtoTestEnvironment.StartAsync(par);

        await SignInFlow.SignInAsync(env.Browser, "/sign-up");

        var request = env.Logto.LastAuthorization!;
        Assert.Equal("register", request["first_screen"]);
        Assert.Equal("signUp", request["interaction_mode"]);
        AssertIsLogtoAuthorizationRequest(request);
    }

    [Theory]
    [InlineData(false, "kakao")]
    [InlineData(true, "kakao")]
    [InlineData(false, "KAKAO")]
    public async Task SignInWithKakao_GoesStraightToKakao(bool par, string connector)
    {
        await using var env = await LogtoTestEnvironment.StartAsync(par);

        await SignInFlow.SignInAsync(env.Browser, $"/sign-in/{connector}");

        Assert.Equal("social:kakao", env.Logto.LastAuthorization!["direct_sign_in"]);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("sso:enterprise")]
    [InlineData("kakao-universal")]
    public async Task SignInWithConnectorNotAllowListed_Returns404AndNeverReachesLogto(string connector)
    {
        await using var env = await LogtoTestEnvironment.StartAsync(advertisePar: true);

        var response = await env.Browser.GetAsync($"/sign-in/{Uri.EscapeDataString(connector)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        Assert.Null(env.Logto.LastPushedRequest);
        Assert.Equal(0, env.Logto.RequestCount);
    }

    [Fact]
    public async Task SignInWithConnector_AllowListFromConfiguration_ReplacesTheDefault()
    {
        await using var env = await LogtoTestEnvironment.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Logto:SocialConnectors:0"] = "github",
        });

        var github = await env.Browser.GetAsync("/sign-in/github");
        var kakao = await env.Browser.GetAsync("/sign-in/kakao");

        Assert.Equal("social:github", SignInFlow.Query(github.Headers.Location)["direct_sign_in"]);
        Assert.Equal(HttpStatusCode.NotFound, kakao.StatusCode);
    }

    private static void AssertIsLogtoAuthorizationRequest(IReadOnlyDictionary<string, string> request)
    {
        Assert.Equal(FakeLogto.ClientId, request["client_id"]);
        Assert.EndsWith("/callback", request["redirect_uri"]);
        Assert.Equal("code", request["response_type"]);
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", request["code_challenge"]);
        Assert.Equal(["openid", "profile", "email", "offline_access", "identities", "roles"], request["scope"].Split(' '));
        Assert.Equal("consent", request["prompt"]);
        Assert.False(string.IsNullOrEmpty(request["state"]));
        Assert.False(string.IsNullOrEmpty(request["nonce"]));
    }
}
