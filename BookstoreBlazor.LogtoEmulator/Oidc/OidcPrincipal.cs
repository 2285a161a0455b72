using System.Security.Claims;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// The grant OpenIddict turns into codes and tokens: who, which Logto session, since when, the granted scopes, and the
/// API resources asked for with the scopes granted on each.
/// The user's profile claims are written into each ID token when it is minted (<see cref="LogtoIdTokenClaims"/>).
/// </summary>
internal static class OidcPrincipal
{
    public static ClaimsPrincipal Create(string userId, IReadOnlyCollection<string> scopes, string sessionId, DateTimeOffset authTime,
        IReadOnlyDictionary<string, string[]> resourceScopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId);
        identity.SetClaim("sid", sessionId);
        identity.SetClaim(Claims.AuthenticationTime, authTime.ToUnixTimeSeconds());
        GrantedResourceScopes.Attach(identity, resourceScopes);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(resourceScopes.Keys);
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            // Stays in the code and refresh tokens, which only the emulator reads.
            GrantedResourceScopes.ClaimType => [],
            _ => [Destinations.IdentityToken],
        });
        return principal;
    }
}
