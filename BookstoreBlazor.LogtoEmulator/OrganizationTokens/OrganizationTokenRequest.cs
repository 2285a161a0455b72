using System.Security.Claims;
using BookstoreBlazor.LogtoEmulator.Oidc;
using OpenIddict.Abstractions;

namespace BookstoreBlazor.LogtoEmulator.OrganizationTokens;

/// <summary>
/// How Logto's refresh_token grant reads <c>organization_id</c> (its authorization_code grant ignores it): present and
/// non-empty, it asks for an organization token, or with a <c>resource</c> for that API's token within the organization.
/// </summary>
internal static class OrganizationTokenRequest
{
    public const string Parameter = "organization_id";

    /// <summary>Logto's <c>reversedResourceAccessTokenTtl</c>: an organization token always lives an hour.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string? OrganizationIdOf(OpenIddictRequest? request) =>
        request?.IsRefreshTokenGrantType() == true && (string?)request.GetParameter(Parameter) is { Length: > 0 } id ? id : null;

    /// <summary>An organization token proper: <c>organization_id</c> and no <c>resource</c>.</summary>
    public static bool IsOrganizationToken(OpenIddictRequest? request) =>
        OrganizationIdOf(request) is not null && request!.GetResources().Length == 0;

    /// <summary>What the token is asked for: the request's <c>scope</c>, else every scope of the refresh token.</summary>
    public static IReadOnlySet<string> RequestedScopes(OpenIddictRequest request, ClaimsPrincipal grant) =>
        (request.Scope is null ? grant.GetScopes() : request.GetScopes()).ToHashSet(StringComparer.Ordinal);

    public static bool WantsIdToken(OpenIddictRequest request, ClaimsPrincipal grant) =>
        RequestedScopes(request, grant).Contains(LogtoScopes.OpenId);
}
