using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// The grant OpenIddict turns into codes and tokens: who, which Logto session, since when, and the granted scopes.
/// The user's profile claims are written into each ID token when it is minted (<see cref="LogtoIdTokenClaims"/>).
/// </summary>
internal static class OidcPrincipal
{
    public static ClaimsPrincipal Create(string userId, IReadOnlyCollection<string> scopes, string sessionId, DateTimeOffset authTime)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId);
        identity.SetClaim("sid", sessionId);
        identity.SetClaim(Claims.AuthenticationTime, authTime.ToUnixTimeSeconds());
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(claim => claim.Type == Claims.Subject
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.IdentityToken]);
        return principal;
    }
}
