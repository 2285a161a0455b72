using System.Security.Claims;
using System.Text.Json;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// The resource scopes a sign-in granted, per requested resource, kept in the grant (the principal behind the code and
/// refresh tokens, never in a token a client can read). Like Logto's consent, a sign-in grants the requested scopes the
/// user's roles allow <em>at that moment</em>; a later token for the resource can only get fewer (node-oidc-provider
/// filters each new access token through <c>grant.getResourceScopeFiltered</c>), so a role added after sign-in takes
/// effect at the next sign-in, while a role taken away takes effect at the next refresh.
/// </summary>
internal static class GrantedResourceScopes
{
    public const string ClaimType = "logto_emulator_resource_scopes";

    /// <summary>What a sign-in with these requested resources and scopes grants the user now.</summary>
    public static Dictionary<string, string[]> Consent(EmulatorUser user, IEnumerable<string> resources,
        IEnumerable<string> requestedScopes, RolePermissions permissions)
    {
        var requested = requestedScopes.ToHashSet(StringComparer.Ordinal);
        return resources.Distinct(StringComparer.Ordinal)
            .Select(permissions.FindResource)
            .OfType<EmulatorApiResource>()
            .ToDictionary(resource => resource.Indicator,
                resource => permissions.ConsentableScopesOf(user, resource).Where(requested.Contains).ToArray(), StringComparer.Ordinal);
    }

    public static void Attach(ClaimsIdentity identity, IReadOnlyDictionary<string, string[]> granted) =>
        identity.AddClaim(new Claim(ClaimType, JsonSerializer.Serialize(granted)));

    public static IReadOnlyList<string> Read(ClaimsPrincipal principal, string resource) =>
        principal.FindFirst(ClaimType)?.Value is { } json &&
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(json)?.GetValueOrDefault(resource) is { } scopes
            ? scopes
            : [];
}
