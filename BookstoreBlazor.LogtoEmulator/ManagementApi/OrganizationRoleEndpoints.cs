using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// <c>GET /api/organization-roles</c>: the organization template's roles as Logto's <c>OrganizationRoleWithScopes</c>
/// (<c>tenantId, id, name, description, type, scopes: [{ id, name }], resourceScopes: [{ id, name, resource: { id, name } }]</c>),
/// sorted by name, paginated like the member list, with <c>q</c> matching id, name or description.
/// </summary>
internal static class OrganizationRoleEndpoints
{
    public static void MapOrganizationRoleEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/organization-roles", List);

    private static IResult List(HttpContext context, OrganizationDirectory organizations, int? page, int? page_size, string? q)
    {
        var template = organizations.Template;
        var roles = template.RoleDefinitions
            .Where(role => ManagementPagination.Matches(q, template.FindByName(role.Name)!.Id, role.Name, role.Description))
            .OrderBy(role => role.Name, StringComparer.Ordinal)
            .Select(role => (JsonNode)Json(role, template));
        return ManagementPagination.Page(context, roles, page, page_size);
    }

    private static JsonObject Json(EmulatorOrganizationRole role, OrganizationTemplate template) => new()
    {
        ["tenantId"] = LogtoManagementApi.TenantId,
        ["id"] = template.FindByName(role.Name)!.Id,
        ["name"] = role.Name,
        ["description"] = role.Description,
        ["type"] = "User",
        ["scopes"] = ManagementJson.Array(template.ScopeRefs(role.Permissions)
            .Select(scope => (JsonNode)new JsonObject { ["id"] = scope.Id, ["name"] = scope.Name })),
        ["resourceScopes"] = ManagementJson.Array(template.ResourceScopeRefs(role.ResourcePermissions)
            .Select(scope => (JsonNode)new JsonObject
            {
                ["id"] = scope.Id,
                ["name"] = scope.Name,
                ["resource"] = new JsonObject { ["id"] = scope.ResourceId, ["name"] = scope.ResourceName },
            })),
    };
}
