using System.Text.Json.Nodes;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator's discovery document and keys look like a Logto tenant's.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task Discovery_HasLogtosIssuerEndpointsAndAlgorithms()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        using var http = new HttpClient();
        var root = probe.Logto.Endpoint.BaseUri.AbsoluteUri.TrimEnd('/');

        var discovery = JsonNode.Parse(await http.GetStringAsync(probe.Url("oidc/.well-known/openid-configuration")))!;

        Assert.Equal(root + "/oidc", discovery["issuer"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/auth", discovery["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/token", discovery["token_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/me", discovery["userinfo_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/jwks", discovery["jwks_uri"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/session/end", discovery["end_session_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/token/revocation", discovery["revocation_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/token/introspection", discovery["introspection_endpoint"]!.GetValue<string>());
        Assert.Equal(root + "/oidc/request", discovery["pushed_authorization_request_endpoint"]!.GetValue<string>());
        Assert.Equal(["ES384"], Strings(discovery["id_token_signing_alg_values_supported"]));
        Assert.Equal(["S256"], Strings(discovery["code_challenge_methods_supported"]));
        Assert.Contains("identities", Strings(discovery["scopes_supported"]));
        // Like a Logto tenant's, the list holds no API resource scopes.
        Assert.DoesNotContain("read:shelf", Strings(discovery["scopes_supported"]));
        Assert.Contains("roles", Strings(discovery["claims_supported"]));
        Assert.True(discovery["authorization_response_iss_parameter_supported"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Discovery_WithoutPushedAuthorization_DoesNotAdvertiseIt()
    {
        await using var probe = await EmulatorProbe.StartAsync(new() { EnablePushedAuthorization = false });
        using var http = new HttpClient();

        var discovery = JsonNode.Parse(await http.GetStringAsync(probe.Url("oidc/.well-known/openid-configuration")))!;

        Assert.Null(discovery["pushed_authorization_request_endpoint"]);
    }

    [Fact]
    public async Task Jwks_HasOneP384SigningKey()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        using var http = new HttpClient();

        var key = Assert.Single(JsonNode.Parse(await http.GetStringAsync(probe.Url("oidc/jwks")))!["keys"]!.AsArray())!;

        Assert.Equal("EC", key["kty"]!.GetValue<string>());
        Assert.Equal("P-384", key["crv"]!.GetValue<string>());
        Assert.Equal("ES384", key["alg"]!.GetValue<string>());
        Assert.Null(key["d"]);
    }

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
