using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.ClientCredentials;

/// <summary>
/// The grant behind a client credentials token: the app itself, for the one resource, with no scopes of OpenID Connect,
/// so OpenIddict hands out an access token only (no ID token, no refresh token), as Logto does.
/// </summary>
internal static class ClientCredentialsGrant
{
    public static IResult SignIn(OpenIddictRequest request, TimeSpan accessTokenLifetime)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        var principal = new ClaimsPrincipal(identity);
        principal.SetResources(request.GetResources());
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        principal.SetAccessTokenLifetime(accessTokenLifetime);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
