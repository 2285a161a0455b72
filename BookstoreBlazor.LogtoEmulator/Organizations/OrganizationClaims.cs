using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Oidc;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// Logto's organization claims, read fresh each time: <c>organizations</c> (ids) and <c>organization_roles</c>
/// (<c>{orgId}:{roleName}</c>) in the ID token and userinfo, <c>organization_data</c> (<c>{ id, name, description }</c>)
/// in userinfo only, as a tenant's default ID token settings have it.
/// </summary>
internal static class OrganizationClaims
{
    public static void AddTo(JsonObject claims, IReadOnlySet<string> scopes, IReadOnlyList<OrganizationMembership> memberships,
        bool userInfo)
    {
        if (scopes.Contains(LogtoScopes.Organizations))
        {
            claims["organizations"] = Strings(memberships.Select(membership => membership.Organization.Id));
            if (userInfo)
            {
                claims["organization_data"] = new JsonArray([.. memberships.Select(membership => (JsonNode)new JsonObject
                {
                    ["id"] = membership.Organization.Id,
                    ["name"] = membership.Organization.Name,
                    ["description"] = membership.Organization.Description,
                })]);
            }
        }

        if (scopes.Contains(LogtoScopes.OrganizationRoles))
        {
            claims["organization_roles"] = Strings(memberships.SelectMany(membership =>
                membership.Roles.Select(role => $"{membership.Organization.Id}:{role.Name}")));
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => JsonValue.Create(value))]);
}
