using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A stand-in Logto tenant on a real loopback port: Logto's discovery document, ES384 JWKS, PAR, authorize,
/// token, userinfo and end-session endpoints. It records what it received so tests can check what the app sent.
/// The authorize endpoint approves at once, like a user clicking through.
/// </summary>
public sealed class FakeLogto : IAsyncDisposable
{
    public const string ClientId = "bookstore-test-app";
    public const string ClientSecret = "test-secret-not-real";

    private readonly WebApplication _app;
    private readonly FakeLogtoTokens _tokens = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> _pushed = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> _codes = new();
    private readonly ConcurrentDictionary<string, (FakeLogtoUser User, string[] Scopes)> _accessTokens = new();

    private FakeLogto(WebApplication app, bool advertisePar)
    {
        _app = app;
        AdvertisePar = advertisePar;
    }

    public bool AdvertisePar { get; }
    public string Endpoint { get; private set; } = "";
    public string Issuer => Endpoint + "/oidc";
    public FakeLogtoUser User { get; set; } = FakeLogtoUser.KakaoTester;
    /// <summary>When set, <c>/oidc/me</c> answers 500, as a Logto that issues tokens but fails on userinfo.</summary>
    public bool UserInfoFails { get; set; }

    public IReadOnlyDictionary<string, string>? LastPushedRequest { get; private set; }
    public IReadOnlyDictionary<string, string>? LastAuthorizationQuery { get; private set; }
    /// <summary>The authorization request as Logto sees it: the front-channel query merged with the pushed request.</summary>
    public IReadOnlyDictionary<string, string>? LastAuthorization { get; private set; }
    public IReadOnlyDictionary<string, string>? LastEndSession { get; private set; }
    public string? LastIdToken { get; private set; }
    public int RequestCount;
    public int UserInfoCount;

    public static async Task<FakeLogto> StartAsync(bool advertisePar = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeLogto(builder.Build(), advertisePar);
        fake.MapEndpoints();
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = address.TrimEnd('/');
        return fake;
    }

    /// <summary>A loopback URL where nothing listens: Logto is down.</summary>
    public static string UnreachableEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void MapEndpoints()
    {
        _app.Use((context, next) => { Interlocked.Increment(ref RequestCount); return next(context); });
        _app.MapGet("/oidc/.well-known/openid-configuration", () => Results.Text(Discovery().ToJsonString(), "application/json"));
        _app.MapGet("/oidc/jwks", () => Results.Text(_tokens.Jwks().ToJsonString(), "application/json"));
        _app.MapPost("/oidc/request", (Delegate)PushAuthorizationRequest);
        _app.MapGet("/oidc/auth", (Delegate)Authorize);
        _app.MapPost("/oidc/token", (Delegate)Token);
        _app.MapGet("/oidc/me", (Delegate)UserInfo);
        _app.MapGet("/oidc/session/end", (Delegate)EndSession);
        _app.MapGet("/avatar.svg", () => Results.Text(AvatarSvg, "image/svg+xml"));
    }

    private JsonObject Discovery()
    {
        var oidc = Issuer;
        var discovery = new JsonObject
        {
            ["issuer"] = oidc,
            ["authorization_endpoint"] = oidc + "/auth",
            ["token_endpoint"] = oidc + "/token",
            ["userinfo_endpoint"] = oidc + "/me",
            ["jwks_uri"] = oidc + "/jwks",
            ["end_session_endpoint"] = oidc + "/session/end",
            ["revocation_endpoint"] = oidc + "/token/revocation",
            ["introspection_endpoint"] = oidc + "/token/introspection",
            ["response_types_supported"] = new JsonArray("code", "code id_token", "id_token", "none"),
            ["response_modes_supported"] = new JsonArray("form_post", "fragment", "query"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("ES384"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post", "none"),
            ["authorization_response_iss_parameter_supported"] = true,
            ["backchannel_logout_supported"] = true,
            ["backchannel_logout_session_supported"] = true,
        };
        if (AdvertisePar)
            discovery["pushed_authorization_request_endpoint"] = oidc + "/request";
        return discovery;
    }

    private async Task<IResult> PushAuthorizationRequest(HttpContext context)
    {
        var form = await ReadFormAsync(context);
        if (!IsClientAuthenticated(context, form))
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        LastPushedRequest = form;
        var requestUri = "urn:ietf:params:oauth:request_uri:" + Guid.NewGuid().ToString("N");
        _pushed[requestUri] = form;
        return Results.Json(new { request_uri = requestUri, expires_in = 60 }, statusCode: 201);
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        LastAuthorizationQuery = query;
        var request = query.TryGetValue("request_uri", out var uri) && _pushed.TryRemove(uri, out var pushed)
            ? pushed.Concat(query.Where(q => !pushed.ContainsKey(q.Key))).ToDictionary()
            : query;
        LastAuthorization = request;

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = request;
        var callback = new Dictionary<string, string?> { ["state"] = request.GetValueOrDefault("state"), ["iss"] = Issuer, ["code"] = code };
        return Results.Redirect(QueryHelpers.AddQueryString(request["redirect_uri"], callback));
    }

    private async Task<IResult> Token(HttpContext context)
    {
        var form = await ReadFormAsync(context);
        if (!IsClientAuthenticated(context, form))
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        if (form.GetValueOrDefault("grant_type") != "authorization_code"
            || !_codes.TryRemove(form.GetValueOrDefault("code") ?? "", out var authorization)
            || form.GetValueOrDefault("redirect_uri") != authorization["redirect_uri"]
            || !PkceMatches(form.GetValueOrDefault("code_verifier"), authorization.GetValueOrDefault("code_challenge")))
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);

        LastIdToken = _tokens.IdToken(Issuer, ClientId, authorization.GetValueOrDefault("nonce") ?? "", User);
        var scopes = authorization.GetValueOrDefault("scope", "").Split(' ');
        var accessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _accessTokens[accessToken] = (User, scopes);
        var response = new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["id_token"] = LastIdToken,
            ["scope"] = string.Join(' ', scopes),
        };
        if (scopes.Contains("offline_access") && authorization.GetValueOrDefault("prompt") == "consent")
            response["refresh_token"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        return Results.Text(response.ToJsonString(), "application/json");
    }

    /// <summary>Like Logto's <c>/oidc/me</c>: the ID token's user claims, plus <c>identities</c> and <c>custom_data</c> per scope.</summary>
    private IResult UserInfo(HttpContext context)
    {
        Interlocked.Increment(ref UserInfoCount);
        if (UserInfoFails)
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.TryGetValue(header[7..], out var grant))
            return Results.Json(new { error = "invalid_token" }, statusCode: 401);

        var claims = FakeLogtoTokens.UserClaims(grant.User);
        if (grant.Scopes.Contains("identities"))
        {
            claims["identities"] = grant.User.Identities?.DeepClone() ?? new JsonObject();
            claims["sso_identities"] = new JsonArray();
        }
        if (grant.Scopes.Contains("custom_data"))
            claims["custom_data"] = grant.User.CustomData?.DeepClone() ?? new JsonObject();
        return Results.Text(claims.ToJsonString(), "application/json");
    }

    private IResult EndSession(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        LastEndSession = query;
        return query.TryGetValue("post_logout_redirect_uri", out var target)
            ? Results.Redirect(QueryHelpers.AddQueryString(target, "state", query.GetValueOrDefault("state") ?? ""))
            : Results.Text("Signed out of Logto.");
    }

    /// <summary>A profile picture the browser can load without the internet.</summary>
    public string AvatarUrl => Endpoint + "/avatar.svg";

    private const string AvatarSvg =
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' fill='#FEE500'/>" +
        "<circle cx='32' cy='26' r='12' fill='#3C1E1E'/><rect x='14' y='42' width='36' height='22' rx='11' fill='#3C1E1E'/></svg>";

    private static async Task<Dictionary<string, string>> ReadFormAsync(HttpContext context) =>
        (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());

    private static bool IsClientAuthenticated(HttpContext context, Dictionary<string, string> form)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return Uri.UnescapeDataString(pair[0]) == ClientId && Uri.UnescapeDataString(pair[1]) == ClientSecret;
        }
        return form.GetValueOrDefault("client_id") == ClientId && form.GetValueOrDefault("client_secret") == ClientSecret;
    }

    private static bool PkceMatches(string? verifier, string? challenge) =>
        verifier is not null && challenge is not null
        && WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge;
}
