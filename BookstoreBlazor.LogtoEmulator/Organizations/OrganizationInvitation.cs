using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// An invitation to an organization (Logto's RFC 0003), with the organization roles the invitee gets on accepting.
/// <see cref="StoredStatus"/> is what Logto's table holds; <see cref="StatusAt"/> is what it answers, where a pending
/// invitation past its expiry reads as <see cref="InvitationStatus.Expired"/>.
/// </summary>
public sealed record OrganizationInvitation(string Id, string? InviterId, string Invitee, string OrganizationId,
    IReadOnlyList<string> RoleNames, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public InvitationStatus StoredStatus { get; init; } = InvitationStatus.Pending;
    public string? AcceptedUserId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;

    /// <summary>The <c>messagePayload</c> the app sent to have Logto email the invitee (e.g. with its <c>link</c>); null for none.</summary>
    public JsonObject? MessagePayload { get; init; }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        StoredStatus == InvitationStatus.Pending && ExpiresAt < now ? InvitationStatus.Expired : StoredStatus;
}

/// <summary>Logto's <c>OrganizationInvitationStatus</c>; the names are the JSON values.</summary>
public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
