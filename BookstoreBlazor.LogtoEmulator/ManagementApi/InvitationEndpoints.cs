using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;
using static BookstoreBlazor.LogtoEmulator.ManagementApi.ManagementRequestBody;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// <c>/api/organization-invitations</c>, as Logto's routes and invitation library answer. No email is sent: a
/// <c>messagePayload</c> is kept on the invitation (<see cref="OrganizationInvitation.MessagePayload"/>) for tests to read.
/// </summary>
internal static class InvitationEndpoints
{
    public const string ExpiryInThePast = "The value of `expiresAt` must be in the future.";
    public const string AlreadyMember = "The invitee is already a member of the organization.";

    public static void MapInvitationEndpoints(this IEndpointRouteBuilder api)
    {
        var invitations = api.MapGroup("/organization-invitations");
        invitations.MapPost("", CreateAsync);
        invitations.MapGet("", (InvitationStore store, OrganizationDirectory organizations, string? organizationId, string? inviterId,
            string? invitee) => ManagementJson.Write(ManagementJson.Array(store.List(organizationId, inviterId, invitee)
                .Select(invitation => (JsonNode)Json(invitation, store, organizations)))));
        invitations.MapGet("/{id}", (string id, InvitationStore store, OrganizationDirectory organizations) =>
            store.Find(id) is { } invitation
                ? ManagementJson.Write(Json(invitation, store, organizations))
                : ManagementErrors.NotFound());
        invitations.MapPut("/{id}/status", ChangeStatusAsync);
        invitations.MapDelete("/{id}", (string id, InvitationStore store) =>
            store.Delete(id) ? Results.NoContent() : ManagementErrors.NotFound());
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, InvitationStore store, OrganizationDirectory organizations,
        UserDirectory users)
    {
        if (await ReadAsync(request) is not { } body || String(body, "invitee") is not { } invitee || !invitee.Contains('@') ||
            String(body, "organizationId") is not { } organizationId || Number(body, "expiresAt") is not { } expiresAtMs ||
            body["organizationRoleIds"] is not null && Strings(body, "organizationRoleIds") is null ||
            body["inviterId"] is { } inviter && inviter.GetValueKind() != JsonValueKind.String ||
            body["messagePayload"] is { } payload && payload.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.False))
        {
            return ManagementErrors.GuardInvalidInput();
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(expiresAtMs);
        if (expiresAt <= store.Now)
        {
            return ManagementErrors.InvalidInput(StatusCodes.Status400BadRequest, ExpiryInThePast);
        }

        var inviterId = String(body, "inviterId");
        var roleIds = Strings(body, "organizationRoleIds") ?? [];
        var roles = roleIds.Select(organizations.Template.FindById).ToArray();
        if (organizations.Find(organizationId) is null || roles.Any(role => role is null) ||
            inviterId is not null && users.FindById(inviterId) is null)
        {
            return ManagementErrors.ForeignKeyNotFound();
        }

        if (organizations.MembersOf(organizationId).Any(member => users.FindById(member.UserId)?.Email == invitee))
        {
            return ManagementErrors.InvalidInput(StatusCodes.Status422UnprocessableEntity, AlreadyMember);
        }

        var invitation = store.Add(organizationId, invitee, expiresAt, [.. roles.Select(role => role!.Name)], inviterId,
            body["messagePayload"] as JsonObject);
        return invitation is null
            ? ManagementErrors.UniqueViolation()
            : ManagementJson.Write(Json(invitation, store, organizations), StatusCodes.Status201Created);
    }

    private static async Task<IResult> ChangeStatusAsync(string id, HttpRequest request, InvitationStore store,
        OrganizationDirectory organizations)
    {
        if (await ReadAsync(request) is not { } body ||
            String(body, "status") is not { } statusName || statusName is not (nameof(InvitationStatus.Accepted) or nameof(InvitationStatus.Revoked)) ||
            body["acceptedUserId"] is { } accepted && accepted.GetValueKind() != JsonValueKind.String)
        {
            return ManagementErrors.GuardInvalidInput();
        }

        var change = store.ChangeStatus(id, Enum.Parse<InvitationStatus>(statusName), String(body, "acceptedUserId"));
        return change switch
        {
            { Missing: true } => ManagementErrors.NotFound(),
            { UserMissing: true } => ManagementErrors.NotExistsWithId("users", String(body, "acceptedUserId")!),
            { Problem: { } problem } => ManagementErrors.InvalidInput(StatusCodes.Status422UnprocessableEntity, problem),
            _ => ManagementJson.Write(Json(change.Invitation!, store, organizations)),
        };
    }

    private static JsonObject Json(OrganizationInvitation invitation, InvitationStore store, OrganizationDirectory organizations) =>
        ManagementJson.WithRoles(new JsonObject
        {
            ["tenantId"] = LogtoManagementApi.TenantId,
            ["id"] = invitation.Id,
            ["inviterId"] = invitation.InviterId,
            ["invitee"] = invitation.Invitee,
            ["acceptedUserId"] = invitation.AcceptedUserId,
            ["organizationId"] = invitation.OrganizationId,
            ["status"] = invitation.StatusAt(store.Now).ToString(),
            ["createdAt"] = invitation.CreatedAt.ToUnixTimeMilliseconds(),
            ["updatedAt"] = invitation.UpdatedAt.ToUnixTimeMilliseconds(),
            ["expiresAt"] = invitation.ExpiresAt.ToUnixTimeMilliseconds(),
        }, organizations.Template.Refs(invitation.RoleNames));
}
