using System.Text.Json.Nodes;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// Invitations: sent for <see cref="ClubOptions.MemberRole"/>, accepted or declined only by the invitee. The M2M token can
/// accept any invitation for anyone, so the app checks the invitee against the signed-in user's email first.
/// </summary>
internal sealed partial class ClubDirectory
{
    private static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<InvitationOutcome> InviteAsync(string clubId, string? email, string inviterSubject,
        CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
            return Outcomes.NotConfigured;
        if (InviteeEmail.Normalize(email) is not { } invitee)
            return Outcomes.InvalidEmail;

        var club = await FindClubAsync(clubId, cancellationToken);
        if (!club.IsOk)
            return club.Status == DirectoryStatus.NotFound ? Outcomes.ClubNotFound : Outcomes.Unavailable;

        var memberRole = clubs.Value.MemberRole;
        var roleId = await roleIds.IdOfAsync(memberRole, cancellationToken);
        if (!roleId.IsOk)
            return Outcomes.Unavailable;

        var answer = await api.SendAsync(HttpMethod.Post, "organization-invitations", new JsonObject
        {
            ["inviterId"] = ClubId.IsValid(inviterSubject) ? inviterSubject : null,
            ["invitee"] = invitee,
            ["organizationId"] = clubId,
            ["expiresAt"] = (clock.GetUtcNow() + InvitationLifetime).ToUnixTimeMilliseconds(),
            ["organizationRoleIds"] = new JsonArray(roleId.Value),
            // No email from Logto: the invitee finds the invitation on /clubs/invitations after signing in.
            ["messagePayload"] = false,
        }, cancellationToken);
        switch (answer)
        {
            case { Status: 201 } when ManagementJson.Invitation(answer.Body) is { } sent:
                return Outcomes.Sent(sent.ToClubInvitation(club.Value!.Name, null));
            // Logto's zod guard on `invitee` refused the address.
            case { Status: 400, Code: "guard.invalid_input" }:
                return Outcomes.InvalidEmail;
            // The only 422 invalid_input of this route: the invitee's email is a member's primary email.
            case { Status: 422, Code: "request.invalid_input" }:
                return Outcomes.AlreadyMember;
            // One pending invitation per invitee and organization (Logto's partial unique index).
            case { Status: 422, Code: "entity.unique_integrity_violation" }:
                return Outcomes.AlreadyInvited;
            // The club or the role went away between the look-ups and the insert.
            case { Status: 422, Code: "entity.relation_foreign_key_not_found" }:
                roleIds.Forget(memberRole);
                return Outcomes.ClubNotFound;
            default:
                return Outcomes.Unavailable;
        }
    }

    public Task<InvitationOutcome> AcceptAsync(string invitationId, string userSubject, string userEmail,
        CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(invitationId, userEmail, new JsonObject { ["status"] = "Accepted", ["acceptedUserId"] = userSubject },
            Outcomes.Accepted, cancellationToken);

    public Task<InvitationOutcome> DeclineAsync(string invitationId, string userEmail, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(invitationId, userEmail, new JsonObject { ["status"] = "Revoked" }, Outcomes.Declined,
            cancellationToken);

    /// <summary>
    /// Changes the status of an invitation addressed to <paramref name="userEmail"/> that is still pending. Someone
    /// else's invitation and a missing one are the same <see cref="InvitationOutcomeKind.NotFound"/>, so ids cannot be probed.
    /// </summary>
    private async Task<InvitationOutcome> ChangeStatusAsync(string invitationId, string userEmail, JsonObject change,
        Func<ClubInvitation, InvitationOutcome> done, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
            return Outcomes.NotConfigured;
        if (!ClubId.IsValid(invitationId) || InviteeEmail.Normalize(userEmail) is not { } email ||
            change["acceptedUserId"] is JsonValue subject && !ClubId.IsValid(subject.GetValue<string>()))
            return Outcomes.InvitationNotFound;

        var found = await api.GetAsync($"organization-invitations/{invitationId}", cancellationToken);
        if (found is null || found.Status is not (200 or 404))
            return Outcomes.Unavailable;
        if (ManagementJson.Invitation(found.Body) is not { } invitation || !invitation.IsFor(email))
            return Outcomes.InvitationNotFound;
        if (!invitation.IsPendingAt(clock.GetUtcNow()))
            return Outcomes.NoLongerValid;

        var club = await FindClubAsync(invitation.OrganizationId, cancellationToken);
        if (club.Status == DirectoryStatus.Unavailable)
            return Outcomes.Unavailable;
        if (!club.IsOk)
            return Outcomes.NoLongerValid;

        var answer = await api.SendAsync(HttpMethod.Put, $"organization-invitations/{invitationId}/status", change, cancellationToken);
        return answer switch
        {
            { Status: 200 } => done(invitation.ToClubInvitation(club.Value!.Name, null)),
            { Status: 404 } => Outcomes.InvitationNotFound,
            // Logto's 422s here (request.invalid_input) are "cannot be changed anymore" (answered since it was read) and
            // "the accepted user must have the same email as the invitee"; its message is localized, so the invitation
            // is read again instead.
            { Status: 422 } => await StillPendingAsync(invitationId, cancellationToken) switch
            {
                true => Outcomes.InvitationNotFound,
                false => Outcomes.NoLongerValid,
                null => Outcomes.Unavailable,
            },
            _ => Outcomes.Unavailable,
        };
    }

    private async Task<bool?> StillPendingAsync(string invitationId, CancellationToken cancellationToken)
    {
        var answer = await api.GetAsync($"organization-invitations/{invitationId}", cancellationToken);
        return answer?.Status == 200 && ManagementJson.Invitation(answer.Body) is { } invitation
            ? invitation.IsPendingAt(clock.GetUtcNow())
            : null;
    }
}
