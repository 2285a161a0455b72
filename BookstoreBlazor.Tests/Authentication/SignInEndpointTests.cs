using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>What the app asks Logto for, read where Logto reads it: the emulator's authorization endpoint (PAR or not).</summary>
public sealed class SignInEndpointTests
{
    private static Task<EmulatorEnvironment> StartAsync(bool par, IDictionary<string, string?>? settings = null) =>
        EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = par }, settings);

    [Fact]
    public async Task SignIn_WithoutPar_RedirectsToLogtoWithClientIdCallbackPkceScopesAndPrompt()
    {
        await using var env = await StartAsync(par: false);

        using var response = await SendAsync(env, "/sign-in");
        var signIn = await env.Browser.GoAsync(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(env.Logto.Endpoint.Issuer.AbsoluteUri + "/auth?", response.Headers.Location!.AbsoluteUri);
        var query = OidcTestClient.Query(response.Headers.Location);
        AssertIsLogtoAuthorizationRequest(env, env.Logto.AuthorizationRequests.LastAuthorization!);
        Assert.Equal(env.Logto.AuthorizationRequests.LastAuthorization!["state"], query["state"]);
        // One `resource` pair per resource in the URL itself, not one joined value.
        Assert.Equal(2, Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(response.Headers.Location.Query)["resource"].Count);
        Assert.DoesNotContain("first_screen", query.Keys);
        Assert.DoesNotContain("direct_sign_in", query.Keys);
        Assert.DoesNotContain("client_secret", query.Keys);
        Assert.Null(env.Logto.AuthorizationRequests.LastPushed);
        Assert.Equal("/sign-in", signIn.Uri.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_WithPar_PushesTheRequestAndSendsOnlyItsReference()
    {
        await using var env = await StartAsync(par: true);

        using var response = await SendAsync(env, "/sign-in");

        var query = OidcTestClient.Query(response.Headers.Location!);
        // The request itself went by back channel: none of it travels through the browser.
        Assert.DoesNotContain(query.Keys, k => k is "code_challenge" or "scope" or "state" or "nonce" or "redirect_uri" or "prompt");
        Assert.Equal(env.Logto.DefaultClient.ClientId, query["client_id"]);
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"]);
        Assert.DoesNotContain(env.Logto.DefaultClient.ClientSecret, response.Headers.Location!.AbsoluteUri);
        AssertIsLogtoAuthorizationRequest(env, env.Logto.AuthorizationRequests.LastPushed!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignUp_AsksLogtoForTheRegisterScreenFirst(bool par)
    {
        await using var env = await StartAsync(par);

        var page = await env.GoAsync("/sign-up");

        var request = env.Logto.AuthorizationRequests.LastAuthorization!;
        Assert.Equal("register", request["first_screen"]);
        Assert.Equal("signUp", request["interaction_mode"]);
        AssertIsLogtoAuthorizationRequest(env, request);
        Assert.Equal(par, env.Logto.AuthorizationRequests.LastPushed is not null);
        Assert.Equal("Create your account", page.Text("title"));
    }

    [Theory]
    [InlineData(false, "kakao")]
    [InlineData(true, "kakao")]
    [InlineData(false, "KAKAO")]
    public async Task SignInWithKakao_GoesStraightToKakao(bool par, string connector)
    {
        await using var env = await StartAsync(par);

        var page = await env.GoAsync($"/sign-in/{connector}");

        Assert.Equal("social:kakao", env.Logto.AuthorizationRequests.LastAuthorization!["direct_sign_in"]);
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, page.Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("sso:enterprise")]
    [InlineData("kakao-universal")]
    public async Task SignInWithConnectorNotAllowListed_Returns404AndNeverReachesLogto(string connector)
    {
        await using var env = await StartAsync(par: true);
        // The app's own start-up warm-up (discovery and keys) has run by now; none of it is this request's.
        var requestsBefore = env.Logto.Statistics.Requests;

        using var response = await SendAsync(env, $"/sign-in/{Uri.EscapeDataString(connector)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        Assert.Null(env.Logto.AuthorizationRequests.LastPushed);
        Assert.Equal(requestsBefore, env.Logto.Statistics.Requests);
    }

    [Fact]
    public async Task SignInWithConnector_AllowListFromConfiguration_ReplacesTheDefault()
    {
        await using var env = await StartAsync(par: true, new Dictionary<string, string?>
        {
            ["Logto:SocialConnectors:0"] = "github",
        });

        await env.GoAsync("/sign-in/github");
        var github = env.Logto.AuthorizationRequests.LastAuthorization!;
        using var kakao = await SendAsync(env, "/sign-in/kakao");

        Assert.Equal("social:github", github["direct_sign_in"]);
        Assert.Equal(HttpStatusCode.NotFound, kakao.StatusCode);
    }

    /// <summary>One request to the app, its redirect not followed.</summary>
    private static Task<HttpResponseMessage> SendAsync(EmulatorEnvironment env, string pathAndQuery) =>
        env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, pathAndQuery)));

    private static void AssertIsLogtoAuthorizationRequest(EmulatorEnvironment env, IReadOnlyDictionary<string, string> request)
    {
        Assert.Equal(env.Logto.DefaultClient.ClientId, request["client_id"]);
        Assert.Equal(new Uri(env.AppBase, "callback").AbsoluteUri, request["redirect_uri"]);
        Assert.Equal("code", request["response_type"]);
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", request["code_challenge"]);
        // Each resource's permissions ride along, as Logto requires (the tests' app asks for the emulator's API resource),
        // and both resources are named, each its own parameter, as Logto's SDKs name them.
        Assert.Equal(["openid", "profile", "email", "offline_access", "identities", "roles", "urn:logto:scope:organizations",
            "urn:logto:scope:organization_roles", "read:shelf", "write:shelf", "write:books", "read:club", "edit:club-list", "invite:members"],
            request["scope"].Split(' '));
        Assert.Equal([BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource.DefaultIndicator, "urn:logto:resource:organizations"],
            request["resource"].Split(' '));
        Assert.Equal("consent", request["prompt"]);
        Assert.False(string.IsNullOrEmpty(request["state"]));
        Assert.False(string.IsNullOrEmpty(request["nonce"]));
    }
}
