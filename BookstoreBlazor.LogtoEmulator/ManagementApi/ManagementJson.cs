using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>The Management API's JSON shapes, camelCase with epoch-millisecond timestamps, as Logto's schemas have them.</summary>
internal static class ManagementJson
{
    public static IResult Write(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: status);

    public static JsonObject Organization(EmulatorOrganization organization) => new()
    {
        ["tenantId"] = LogtoManagementApi.TenantId,
        ["id"] = organization.Id,
        ["name"] = organization.Name,
        ["description"] = organization.Description,
        ["customData"] = new JsonObject(),
        ["isMfaRequired"] = false,
        ["createdAt"] = organization.CreatedAt.ToUnixTimeMilliseconds(),
    };

    /// <summary>Logto's <c>userInfoSelectFields</c>: a user as the Management API shows one (never the password).</summary>
    public static JsonObject User(EmulatorUser user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.Username,
        ["primaryEmail"] = user.Email,
        ["primaryPhone"] = null,
        ["name"] = user.Name,
        ["avatar"] = user.Picture,
        ["customData"] = user.CustomData?.DeepClone() ?? new JsonObject(),
        ["identities"] = LogtoUserClaims.Identities(user),
        ["lastSignInAt"] = null,
        ["createdAt"] = user.CreatedAt.ToUnixTimeMilliseconds(),
        ["updatedAt"] = user.UpdatedAt.ToUnixTimeMilliseconds(),
        ["profile"] = new JsonObject(),
        ["applicationId"] = null,
        ["isSuspended"] = false,
    };

    /// <summary>Adds <c>organizationRoles: [{ id, name }]</c>.</summary>
    public static JsonObject WithRoles(JsonObject entity, IEnumerable<OrganizationRoleRef> roles)
    {
        entity["organizationRoles"] = Roles(roles);
        return entity;
    }

    public static JsonArray Roles(IEnumerable<OrganizationRoleRef> roles) =>
        new([.. roles.Select(role => (JsonNode)new JsonObject { ["id"] = role.Id, ["name"] = role.Name })]);

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
