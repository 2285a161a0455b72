using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// The two access tokens a session holds, each with its own expiry: the user's (opaque, for Logto's userinfo) and the
/// API resource's (a JWT for <c>Logto:ApiResource</c>). Both stay in the server-side ticket, never in the browser.
/// </summary>
internal sealed record SessionTokens(string AccessToken, string ExpiresAt)
{
    public static SessionTokens User { get; } = new("access_token", "expires_at");

    public static SessionTokens Api { get; } = new("api_access_token", "api_expires_at");

    public string? Read(AuthenticationProperties properties) => properties.GetTokenValue(AccessToken);

    /// <summary>When the token expires; null when the session has none yet.</summary>
    public DateTimeOffset? ExpiryOf(AuthenticationProperties properties) =>
        Read(properties) is { Length: > 0 } &&
        DateTimeOffset.TryParse(properties.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiresAt)
            ? expiresAt
            : null;

    public void Write(AuthenticationProperties properties, string accessToken, DateTimeOffset expiresAt)
    {
        var tokens = properties.GetTokens().Where(t => t.Name != AccessToken && t.Name != ExpiresAt).ToList();
        tokens.Add(new AuthenticationToken { Name = AccessToken, Value = accessToken });
        tokens.Add(new AuthenticationToken { Name = ExpiresAt, Value = expiresAt.ToString("o", CultureInfo.InvariantCulture) });
        properties.StoreTokens(tokens);
    }
}
