using System.Security.Claims;
using BookstoreBlazor.LogtoEmulator.ClientCredentials;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// <c>/oidc/token</c> for codes, refresh tokens and M2M apps' client credentials, after OpenIddict has checked the client,
/// PKCE and the token.
/// The new ID token carries the user's current claims; a user who no longer exists gets invalid_grant. With a
/// <c>resource</c>, the access token becomes Logto's JWT for it (<see cref="ResourceTokenIssuer"/>).
/// </summary>
internal static class TokenEndpoint
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static async Task<IResult> HandleAsync(HttpContext context, UserDirectory users, EmulatorStatistics statistics,
        LogtoEmulatorOptions options, IOpenIddictTokenManager tokens)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not attach the token request.");
        if (request.IsRefreshTokenGrantType())
        {
            statistics.CountRefreshTokenGrant();
        }

        if (request.IsClientCredentialsGrantType())
        {
            statistics.CountClientCredentialsGrant();
            // Read per request, so a test can shorten or lengthen the lifetime of the next tokens.
            return ClientCredentialsGrant.SignIn(request, options.AccessTokenLifetime);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return OidcErrors.Forbid(Errors.UnsupportedGrantType, "Only authorization_code, refresh_token and client_credentials are served here.");
        }

        var result = await context.AuthenticateAsync(Scheme);
        if (result.Principal?.GetClaim(Claims.Subject) is not { } subject || users.FindById(subject) is null)
        {
            return OidcErrors.Forbid(Errors.InvalidGrant, "The grant's user no longer exists.");
        }

        if (request.GetResources() is [var resource] && !result.Principal.HasResource(resource))
        {
            await SpendAsync(result.Principal, tokens, context.RequestAborted);
            return OidcErrors.Forbid(ResourceIndicators.InvalidTarget, ResourceIndicators.Unknown);
        }

        // Read per request, so a test can shorten or lengthen the lifetime of the next tokens; an organization token's is fixed.
        result.Principal.SetAccessTokenLifetime(OrganizationTokenRequest.IsOrganizationToken(request)
            ? OrganizationTokenRequest.Lifetime
            : options.AccessTokenLifetime);
        return Results.SignIn(result.Principal, authenticationScheme: Scheme);
    }

    /// <summary>
    /// Logto consumes (rotates) the code or refresh token before it finds the resource was not asked for at sign-in, so
    /// the one presented is spent although no new one is handed out: presenting it again revokes the whole grant.
    /// </summary>
    private static async Task SpendAsync(ClaimsPrincipal principal, IOpenIddictTokenManager tokens,
        CancellationToken cancellationToken)
    {
        if (principal.GetTokenId() is { } id && await tokens.FindByIdAsync(id, cancellationToken) is { } token)
        {
            await tokens.TryRedeemAsync(token, cancellationToken);
        }
    }
}
