using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;
using static BookstoreBlazor.LogtoEmulator.ManagementApi.ManagementRequestBody;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Organizations, their members and members' organization roles, with Logto's status codes: an unknown organization
/// lists no members (Logto does not look it up), adding an unknown user is a foreign-key error (422), removing a
/// non-member is 404, and roles are only for members (422 <c>organization.require_membership</c>).
/// </summary>
internal static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/organizations/{id}", (string id, OrganizationDirectory organizations) =>
            organizations.Find(id) is { } organization
                ? ManagementJson.Write(ManagementJson.Organization(organization))
                : ManagementErrors.NotFound());
        api.MapGet("/users/{userId}/organizations", UserOrganizations);
        api.MapGet("/organizations/{id}/users", OrganizationMembers.List);
        api.MapPost("/organizations/{id}/users", AddMembersAsync);
        api.MapDelete("/organizations/{id}/users/{userId}", (string id, string userId, OrganizationDirectory organizations) =>
            organizations.RemoveMember(id, userId) ? Results.NoContent() : ManagementErrors.NotFound());
        api.MapGet("/organizations/{id}/users/{userId}/roles", (string id, string userId, OrganizationDirectory organizations) =>
            organizations.IsMember(id, userId)
                ? ManagementJson.Write(ManagementJson.Roles(organizations.RolesOf(id, userId)))
                : ManagementErrors.RequireMembership());
        api.MapPost("/organizations/{id}/users/{userId}/roles", AssignRolesAsync);
    }

    private static IResult UserOrganizations(string userId, UserDirectory users, OrganizationDirectory organizations)
    {
        if (users.FindById(userId) is null)
        {
            return ManagementErrors.NotExistsWithId("users", userId);
        }

        return ManagementJson.Write(ManagementJson.Array(organizations.OrganizationsOf(userId).Select(membership =>
            ManagementJson.WithRoles(ManagementJson.Organization(membership.Organization), membership.Roles))));
    }

    private static async Task<IResult> AddMembersAsync(string id, HttpRequest request, UserDirectory users,
        OrganizationDirectory organizations)
    {
        if (await ReadAsync(request) is not { } body || Strings(body, "userIds") is not { Length: > 0 } userIds)
        {
            return ManagementErrors.GuardInvalidInput();
        }

        if (organizations.Find(id) is null || userIds.Any(userId => users.FindById(userId) is null))
        {
            return ManagementErrors.ForeignKeyNotFound();
        }

        foreach (var userId in userIds)
        {
            organizations.AddMember(id, userId);
        }

        return ManagementJson.Write(new JsonObject { ["userIds"] = ManagementJson.Array(
            userIds.Select(userId => (JsonNode)userId)) }, StatusCodes.Status201Created);
    }

    /// <summary>Adds roles by id or by name (Logto takes both lists and assigns their union); unknown names are named back.</summary>
    private static async Task<IResult> AssignRolesAsync(string id, string userId, HttpRequest request, OrganizationDirectory organizations)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return ManagementErrors.GuardInvalidInput();
        }

        if (!organizations.IsMember(id, userId))
        {
            return ManagementErrors.RequireMembership();
        }

        var template = organizations.Template;
        var names = Strings(body, "organizationRoleNames") ?? [];
        if (names.Where(name => template.FindByName(name) is null).ToArray() is { Length: > 0 } unknownNames)
        {
            return ManagementErrors.RoleNamesNotFound(unknownNames);
        }

        var ids = Strings(body, "organizationRoleIds") ?? [];
        if (ids.Any(roleId => template.FindById(roleId) is null))
        {
            return ManagementErrors.ForeignKeyNotFound();
        }

        var roles = ids.Select(roleId => template.FindById(roleId)!).Concat(names.Select(name => template.FindByName(name)!))
            .DistinctBy(role => role.Id).ToArray();
        organizations.AssignRoles(id, userId, roles.Select(role => role.Name));
        return ManagementJson.Write(new JsonObject
        {
            ["organizationRoleIds"] = ManagementJson.Array(roles.Select(role => (JsonNode)role.Id)),
        }, StatusCodes.Status201Created);
    }
}
