using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// Sign-ins that ask for the Bookstore API as Logto's SDKs do (<c>resource</c> plus the API's scopes in <c>scope</c>),
/// redeeming the code here (with its own PKCE verifier) so a test can also send <c>resource</c> with the code.
/// </summary>
internal static class ResourceFlow
{
    public const string Api = EmulatorApiResource.DefaultIndicator;
    public const string Scope = "openid profile offline_access roles read:shelf write:shelf write:books";

    /// <summary>A password sign-in, or straight through to a code when the browser's Logto session is still on.</summary>
    public static Task<JsonObject> SignInAsync(EmulatorProbe probe, string username, string? resource = Api, string scope = Scope,
        string? redeemWith = null) =>
        SignInAsync(probe, AuthorizationRequestTests.Password(username, "bookstore"), resource, scope, redeemWith, kakao: false);

    public static Task<JsonObject> SignInWithKakaoAsync(EmulatorProbe probe, KakaoAccount account, string? resource = Api,
        string scope = Scope) =>
        SignInAsync(probe, new() { ["account"] = account.Id.ToString(), ["decision"] = "agree" }, resource, scope, null, kakao: true);

    public static Task<JsonObject> RefreshAsync(EmulatorProbe probe, JsonObject tokens, string? resource = Api, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>() };
        if (resource is not null) form["resource"] = resource;
        if (scope is not null) form["scope"] = scope;
        return probe.Client.TokenAsync(form);
    }

    public static string AccessToken(JsonObject tokens) => tokens["access_token"]!.GetValue<string>();

    /// <summary>The access token's <c>scope</c> claim, split; empty when Logto left the claim out.</summary>
    public static string[] ScopeOf(JsonObject tokens) =>
        OidcTestClient.Payload(AccessToken(tokens))["scope"]?.GetValue<string>().Split(' ') ?? [];

    public static string[] RolesOf(JsonObject tokens) =>
        [.. OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>())["roles"]!.AsArray().Select(r => r!.GetValue<string>())];

    /// <summary>What an API does with a bearer token: checks it against Logto's published keys, issuer and its own indicator.</summary>
    public static async Task<TokenValidationParameters> ApiValidationAsync(EmulatorProbe probe, string audience = Api)
    {
        using var http = new HttpClient();
        var jwks = new JsonWebKeySet(await http.GetStringAsync(probe.Url("oidc/jwks")));
        return new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = ["ES384"],
            ValidTypes = ["at+jwt"],
            ValidIssuer = probe.Logto.Endpoint.Issuer.AbsoluteUri,
            ValidAudience = audience,
            ClockSkew = TimeSpan.Zero,
        };
    }

    public static async Task<TokenValidationResult> ValidateAsync(EmulatorProbe probe, string token, string audience = Api) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(token, await ApiValidationAsync(probe, audience));

    private static async Task<JsonObject> SignInAsync(EmulatorProbe probe, Dictionary<string, string?> answer, string? resource,
        string scope, string? redeemWith, bool kakao)
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["scope"] = scope,
            ["resource"] = resource,
            ["direct_sign_in"] = kakao ? "social:kakao" : null,
            ["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
        });
        if (!OidcTestClient.IsCallback(page.Uri))
        {
            page = await probe.Browser.SubmitAsync(page, answer, stopAt: OidcTestClient.IsCallback);
        }

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = OidcTestClient.Query(page.Uri)["code"],
            ["redirect_uri"] = OidcTestClient.RedirectUri.AbsoluteUri,
            ["code_verifier"] = verifier,
        };
        if (redeemWith is not null) form["resource"] = redeemWith;
        return await probe.Client.TokenAsync(form);
    }
}
