using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// <c>/oidc/token</c> for codes and refresh tokens, after OpenIddict has checked the client, PKCE and the token.
/// The new ID token carries the user's current claims; a user who no longer exists gets invalid_grant.
/// </summary>
internal static class TokenEndpoint
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static async Task<IResult> HandleAsync(HttpContext context, UserDirectory users, EmulatorStatistics statistics,
        LogtoEmulatorOptions options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not attach the token request.");
        if (request.IsRefreshTokenGrantType())
        {
            statistics.CountRefreshTokenGrant();
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return OidcErrors.Forbid(Errors.UnsupportedGrantType, "Only authorization_code and refresh_token are served here.");
        }

        var result = await context.AuthenticateAsync(Scheme);
        if (result.Principal?.GetClaim(Claims.Subject) is not { } subject || users.FindById(subject) is null)
        {
            return OidcErrors.Forbid(Errors.InvalidGrant, "The grant's user no longer exists.");
        }

        // Read per request, so a test can shorten or lengthen the lifetime of the next tokens.
        result.Principal.SetAccessTokenLifetime(options.AccessTokenLifetime);
        return Results.SignIn(result.Principal, authenticationScheme: Scheme);
    }
}
