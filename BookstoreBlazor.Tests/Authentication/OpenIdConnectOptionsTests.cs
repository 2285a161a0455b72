using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>The OIDC handler's options exactly as the app's composition configures them.</summary>
public sealed class OpenIdConnectOptionsTests
{
    private static OpenIdConnectOptions Configured(string endpoint, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(BookstoreAppFactory.LogtoSettings(endpoint));
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        builder.AddLogtoAuthentication();
        return builder.Build().Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(LogtoSchemes.Logto);
    }

    [Theory]
    [InlineData("https://abc123.logto.app")]
    [InlineData("https://abc123.logto.app/")]
    public void Authority_IsTheEndpointPlusOidc_WithOrWithoutTrailingSlash(string endpoint)
    {
        var options = Configured(endpoint);

        Assert.Equal("https://abc123.logto.app/oidc", options.Authority);
        Assert.Equal("https://abc123.logto.app/oidc/.well-known/openid-configuration", options.MetadataAddress);
        Assert.True(options.RequireHttpsMetadata);
    }

    [Fact]
    public void CodeFlowWithPkce_ClientCredentialsAndPaths_AreLogtos()
    {
        var options = Configured("https://abc123.logto.app");

        Assert.Equal(OpenIdConnectResponseType.Code, options.ResponseType);
        Assert.True(options.UsePkce);
        Assert.Equal(BookstoreAppFactory.AppId, options.ClientId);
        Assert.Equal(BookstoreAppFactory.AppSecret, options.ClientSecret);
        Assert.Equal("/callback", options.CallbackPath);
        Assert.Equal("/signed-out", options.SignedOutCallbackPath);
        Assert.Equal(LogtoSchemes.Cookie, options.SignInScheme);
        Assert.True(options.SaveTokens);
        Assert.Equal(PushedAuthorizationBehavior.UseIfAvailable, options.PushedAuthorizationBehavior);
    }

    [Fact]
    public void ScopesAndPrompt_DefaultToARefreshTokenRequest()
    {
        var options = Configured("https://abc123.logto.app");

        // The organization scopes bring the clubs' permissions and Logto's organizations resource along, as Logto's SDKs do.
        Assert.Equal(["openid", "profile", "email", "offline_access", "identities", "roles", "urn:logto:scope:organizations",
            "urn:logto:scope:organization_roles", "read:club", "edit:club-list", "invite:members"], options.Scope);
        Assert.Equal("urn:logto:resource:organizations", options.Resource);
        Assert.Equal("consent", options.Prompt);
    }

    [Fact]
    public void ScopesAndPrompt_ComeFromConfiguration()
    {
        var options = Configured("https://abc123.logto.app", ("Logto:Scopes", "openid profile"), ("Logto:Prompt", ""));

        Assert.Equal(["openid", "profile"], options.Scope);
        Assert.Null(options.Resource);
        Assert.Null(options.Prompt);
    }

    [Fact]
    public void Claims_AreKeptAsLogtoNamesThem()
    {
        var options = Configured("https://abc123.logto.app");

        Assert.False(options.MapInboundClaims);
        Assert.Equal("name", options.TokenValidationParameters.NameClaimType);
        Assert.Equal("roles", options.TokenValidationParameters.RoleClaimType);
    }

    [Fact]
    public void IdTokens_MustBeSignedAsymmetrically()
    {
        var algorithms = Configured("https://abc123.logto.app").TokenValidationParameters.ValidAlgorithms;

        Assert.Contains("ES384", algorithms);
        Assert.DoesNotContain("none", algorithms);
        Assert.DoesNotContain(algorithms, a => a.StartsWith("HS", StringComparison.Ordinal));
    }

    [Fact]
    public void LocalhostEndpoint_MayUsePlainHttp()
    {
        Assert.False(Configured("http://localhost:3001").RequireHttpsMetadata);
    }

    [Fact]
    public void BackchannelCalls_AreBoundedByLogtoTimeout_TenSecondsByDefault()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), Configured("https://abc123.logto.app").BackchannelTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), Configured("https://abc123.logto.app", ("Logto:Timeout", "00:00:03")).BackchannelTimeout);
    }

    [Fact]
    public void UserInfo_IsReadAtSignIn_IntoLinkedIdentityClaims()
    {
        var options = Configured("https://abc123.logto.app");

        Assert.True(options.GetClaimsFromUserInfoEndpoint);
        Assert.Single(options.ClaimActions.OfType<LinkedIdentitiesClaimAction>());
    }

    /// <summary>
    /// Every claim action the handler runs (the framework's defaults and ours) against Logto's userinfo for a Kakao user,
    /// starting from the claims its ID token gives: only the linked identity is added, no bulky key becomes a claim.
    /// </summary>
    [Fact]
    public void ClaimActions_AddOnlyTheLinkedIdentity_FromLogtosUserInfo()
    {
        var options = Configured("https://abc123.logto.app");
        string[] idTokenClaims = ["sub", "name", "picture", "updated_at", "username", "created_at", "email", "email_verified", "auth_time", "sid"];
        var identity = new ClaimsIdentity(
            idTokenClaims.Select(type => new Claim(type, WireUserInfo.RootElement.TryGetProperty(type, out var v) ? v.ToString() : "1795695135"))
                .Concat([new Claim("nonce", "n"), new Claim("at_hash", "h"), new Claim("aud", "app"), new Claim("iss", "https://abc123.logto.app/oidc")]),
            "Logto");

        foreach (var action in options.ClaimActions)
            action.Run(WireUserInfo.RootElement, identity, LogtoSchemes.Logto);

        Assert.Equal([.. idTokenClaims, LogtoClaimTypes.LinkedIdentity], identity.Claims.Select(c => c.Type));
        Assert.InRange(identity.Claims.Sum(c => c.Value.Length), 1, 600);
    }

    // Recorded from Logto (see reference/logto-wire.md), with a rawData and custom_data far larger than any cookie.
    private static readonly JsonDocument WireUserInfo = JsonDocument.Parse($$"""
        {
          "sub": "nvadwst6by8k", "name": "카카오테스터", "picture": "https://k.kakaocdn.example/p.jpg",
          "updated_at": 1795695135537, "username": null, "created_at": 1795693930115,
          "email": "kakao.tester@example.com", "email_verified": true,
          "identities": {
            "kakao": {
              "userId": "4242424242",
              "details": {
                "id": "4242424242", "name": "카카오테스터", "email": "kakao.tester@example.com",
                "avatar": "https://k.kakaocdn.example/p.jpg",
                "rawData": { "id": 4242424242, "kakao_account": { "bio": "{{new string('x', 100 * 1024)}}" } }
              }
            }
          },
          "sso_identities": [],
          "roles": [],
          "custom_data": { "notes": "{{new string('y', 20 * 1024)}}" }
        }
        """);
}
