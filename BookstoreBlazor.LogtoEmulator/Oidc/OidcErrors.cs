using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

internal static class OidcErrors
{
    /// <summary>An OAuth error that OpenIddict sends back to the client (to its redirect URI, with state and iss).</summary>
    public static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
