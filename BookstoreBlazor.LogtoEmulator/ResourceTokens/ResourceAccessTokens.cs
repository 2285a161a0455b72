using System.Security.Cryptography;
using BookstoreBlazor.LogtoEmulator.Signing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// Access tokens for an API resource as Logto issues them: node-oidc-provider's JWT format (<c>typ: at+jwt</c>, the
/// tenant's signing key and algorithm, ES384 here, with its <c>kid</c>) and exactly its claims, in its order. Logto adds
/// no claims of its own unless the tenant has a custom JWT script or the token is within an organization.
/// </summary>
internal sealed class ResourceAccessTokens(IOptions<OpenIddictServerOptions> server, EmulatorEndpoint endpoint)
{
    public const string Type = "at+jwt";

    private const string NanoIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    public SigningCredentials SigningCredentials => server.Value.SigningCredentials[0];

    /// <summary>
    /// A token for <paramref name="resource"/>; with <paramref name="organizationId"/>, one for that API within the
    /// organization, which Logto marks with an <c>organization_id</c> claim (its extra token claims come last).
    /// </summary>
    public string Create(string resource, string subject, string clientId, IReadOnlyCollection<string> scopes,
        DateTimeOffset issuedAt, DateTimeOffset expiresAt, string? organizationId = null)
    {
        var claims = Claims(resource, subject, clientId, scopes, issuedAt, expiresAt);
        if (organizationId is not null)
        {
            claims["organization_id"] = organizationId;
        }

        return JwtSigner.Sign(claims, Type, SigningCredentials);
    }

    /// <summary>An empty scope leaves the claim out, as node-oidc-provider writes <c>scope: scope || undefined</c>.</summary>
    public Dictionary<string, object> Claims(string resource, string subject, string clientId,
        IReadOnlyCollection<string> scopes, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        var claims = new Dictionary<string, object>
        {
            ["jti"] = RandomNumberGenerator.GetString(NanoIdAlphabet, 21),
            ["sub"] = subject,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = expiresAt.ToUnixTimeSeconds(),
        };
        if (scopes.Count > 0)
        {
            claims["scope"] = string.Join(' ', scopes);
        }

        claims["client_id"] = clientId;
        claims["iss"] = endpoint.Issuer.AbsoluteUri;
        claims["aud"] = resource;
        return claims;
    }
}
