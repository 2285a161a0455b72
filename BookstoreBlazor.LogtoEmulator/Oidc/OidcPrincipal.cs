using System.Security.Claims;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Users;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>The principal OpenIddict turns into codes and tokens: the user's claims for the granted scopes.</summary>
internal static class OidcPrincipal
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static ClaimsPrincipal Create(EmulatorUser user, IReadOnlyCollection<string> scopes, string sessionId, DateTimeOffset authTime)
    {
        var identity = new ClaimsIdentity(Scheme, Claims.Name, Claims.Role);
        identity.SetClaim("sid", sessionId);
        identity.SetClaim(Claims.AuthenticationTime, authTime.ToUnixTimeSeconds());
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        return WithUserClaims(principal, user);
    }

    /// <summary>
    /// The same grant with the user's current claims: a refreshed ID token carries today's name and roles.
    /// OpenIddict's own claims (scopes, grant id, lifetimes) are kept.
    /// </summary>
    public static ClaimsPrincipal WithUserClaims(ClaimsPrincipal principal, EmulatorUser user)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        var userClaims = LogtoUserClaims.ForIdToken(user, principal.GetScopes().ToHashSet());
        foreach (var (name, _) in userClaims)
        {
            identity.RemoveClaims(name);
        }

        foreach (var (name, value) in userClaims)
        {
            AddJson(identity, name, value);
        }

        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.IdentityToken],
        });
        return principal;
    }

    private static void AddJson(ClaimsIdentity identity, string name, JsonNode? value)
    {
        switch (value)
        {
            case null:
                identity.AddClaim(name, System.Text.Json.JsonDocument.Parse("null").RootElement);
                break;
            case JsonValue scalar when scalar.TryGetValue(out string? text):
                identity.AddClaim(name, text);
                break;
            default:
                identity.AddClaim(name, value);
                break;
        }
    }
}
