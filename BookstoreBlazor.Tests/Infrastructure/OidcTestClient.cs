using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Clients;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A hand-driven OpenID Connect client for checking the emulator's protocol on its own: it builds authorization
/// requests with PKCE, stops at its redirect URI (on a host that does not exist) and redeems the code. It acts as the
/// emulator's default application unless given another registered one.
/// </summary>
public sealed class OidcTestClient(LogtoEmulatorHost logto, HttpBrowser browser, EmulatorClient? client = null)
{
    public static readonly Uri AppBase = new("http://app.test/");
    public static readonly Uri RedirectUri = new(AppBase, "callback");

    private readonly string _verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
    private readonly EmulatorClient _client = client ?? logto.DefaultClient;

    public static async Task<OidcTestClient> RegisterAsync(LogtoEmulatorHost logto, HttpBrowser browser, EmulatorClient? client = null)
    {
        await logto.AllowAppAsync(AppBase, client?.ClientId);
        return new OidcTestClient(logto, browser, client);
    }

    public Uri AuthorizeUrl(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = _client.ClientId,
            ["redirect_uri"] = RedirectUri.AbsoluteUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile email offline_access identities roles",
            ["prompt"] = "consent",
            ["state"] = "state-123",
            ["nonce"] = "nonce-456",
            ["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier))),
            ["code_challenge_method"] = "S256",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            parameters[key] = value;
        return new Uri(QueryHelpers.AddQueryString(new Uri(logto.Endpoint.BaseUri, "oidc/auth").AbsoluteUri,
            parameters.Where(p => p.Value is not null)!));
    }

    /// <summary>Opens the authorization request and follows it until it reaches the app (or stops on a page).</summary>
    public Task<BrowserPage> AuthorizeAsync(IReadOnlyDictionary<string, string?>? extra = null) =>
        browser.GoAsync(AuthorizeUrl(extra), IsCallback);

    public static bool IsCallback(Uri uri) => uri.Host == AppBase.Host;

    public static Dictionary<string, string> Query(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString());

    public async Task<JsonObject> RedeemAsync(Uri callback) => await TokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "authorization_code",
        ["code"] = Query(callback)["code"],
        ["redirect_uri"] = RedirectUri.AbsoluteUri,
        ["code_verifier"] = _verifier,
    });

    public async Task<JsonObject> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = _client.ClientId;
        form["client_secret"] = _client.ClientSecret;
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(logto.Endpoint.BaseUri, "oidc/token"), new FormUrlEncodedContent(form));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Revokes a token at the emulator's revocation endpoint, as the app or an admin would.</summary>
    public async Task RevokeAsync(string token)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(logto.Endpoint.BaseUri, "oidc/token/revocation"), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["token"] = token, ["token_type_hint"] = "refresh_token",
                ["client_id"] = _client.ClientId, ["client_secret"] = _client.ClientSecret,
            }));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Whether the emulator still honours a token of the app's (introspection, as the app itself).</summary>
    public async Task<bool> IsActiveAsync(string token)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(logto.Endpoint.BaseUri, "oidc/token/introspection"), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["token"] = token,
                ["client_id"] = logto.DefaultClient.ClientId, ["client_secret"] = logto.DefaultClient.ClientSecret,
            }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["active"]!.GetValue<bool>();
    }

    public async Task<JsonObject> UserInfoAsync(string accessToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(logto.Endpoint.BaseUri, "oidc/me"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static JsonObject Header(string jwt) => Part(jwt, 0);

    public static JsonObject Payload(string jwt) => Part(jwt, 1);

    private static JsonObject Part(string jwt, int index) => JsonNode.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[index]))!.AsObject();
}
