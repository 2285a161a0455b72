using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// The access tokens a session holds, each with its own expiry: the user's (opaque, for Logto's userinfo), the API
/// resource's (a JWT for <c>Logto:ApiResource</c>) and one organization token per club asked about (a JWT for
/// <c>urn:logto:organization:{id}</c>). All stay in the server-side ticket, never in the browser.
/// </summary>
internal sealed record SessionTokens(string AccessToken, string ExpiresAt, string? OrganizationId = null)
{
    private const string OrganizationPrefix = "organization:";

    public static SessionTokens User { get; } = new("access_token", "expires_at");

    public static SessionTokens Api { get; } = new("api_access_token", "api_expires_at");

    /// <summary>The organization token for one club (the caller checked its id: it becomes part of a token name).</summary>
    public static SessionTokens Organization(string organizationId) =>
        new($"{OrganizationPrefix}{organizationId}:access_token", $"{OrganizationPrefix}{organizationId}:expires_at", organizationId);

    /// <summary>Tokens the session gets on first use rather than with the sign-in.</summary>
    public bool FetchedOnDemand => this != User;

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

    /// <summary>
    /// Forgets every organization token: after a refresh of the user's own tokens, each club's is asked for again, so a
    /// membership or role changed at Logto counts from then on.
    /// </summary>
    public static void DropOrganizationTokens(AuthenticationProperties properties)
    {
        var tokens = properties.GetTokens().ToList();
        if (tokens.RemoveAll(t => t.Name.StartsWith(OrganizationPrefix, StringComparison.Ordinal)) > 0)
            properties.StoreTokens(tokens);
    }
}
