using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Carries Logto's extra authorization parameters from an endpoint to the OIDC handler. They travel in
/// <see cref="AuthenticationProperties.Items"/> and are moved onto the request before it is sent (or pushed
/// with PAR), so they reach Logto either way and do not bloat the state parameter.
/// </summary>
internal static class LogtoChallenge
{
    private const string ItemPrefix = "logto.parameter.";

    public static AuthenticationProperties Create(string? returnUrl, params (string Name, string Value)[] parameters)
    {
        var properties = new AuthenticationProperties { RedirectUri = LocalReturnUrl.Sanitize(returnUrl) };
        foreach (var (name, value) in parameters)
            properties.Items[ItemPrefix + name] = value;
        return properties;
    }

    public static void MoveParameters(AuthenticationProperties properties, OpenIdConnectMessage message)
    {
        foreach (var key in properties.Items.Keys.Where(k => k.StartsWith(ItemPrefix, StringComparison.Ordinal)).ToList())
        {
            message.SetParameter(key[ItemPrefix.Length..], properties.Items[key]);
            properties.Items.Remove(key);
        }
    }
}
