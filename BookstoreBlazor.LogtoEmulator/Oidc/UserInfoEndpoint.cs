using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// <c>/oidc/me</c>: the ID token's claims plus <c>identities</c>, <c>custom_data</c> and <c>organization_data</c>, per
/// granted scope.
/// </summary>
internal static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, UserDirectory users, EmulatorStatistics statistics,
        LogtoEmulatorOptions options, OrganizationDirectory organizations)
    {
        statistics.CountUserInfoRequest();
        if (options.FailUserInfoRequests)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal?.GetClaim(Claims.Subject) is not { } subject || users.FindById(subject) is not { } user)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var scopes = result.Principal.GetScopes().ToHashSet();
        var claims = LogtoUserClaims.ForUserInfo(user, scopes);
        OrganizationClaims.AddTo(claims, scopes, organizations.OrganizationsOf(user.Id), userInfo: true);
        return Results.Text(claims.ToJsonString(), "application/json; charset=utf-8");
    }
}
