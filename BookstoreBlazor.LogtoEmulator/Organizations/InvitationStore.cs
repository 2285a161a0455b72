using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// The tenant's organization invitations, in memory, with Logto's rules for changing them: one live pending invitation
/// per invitee and organization, a status that can change only while pending, and acceptance by the user whose primary
/// email is the invitee's, who then joins with the invitation's roles.
/// </summary>
public sealed class InvitationStore(OrganizationDirectory organizations, UserDirectory users, TimeProvider clock)
{
    public const string NotChangeable = "The status of the invitation cannot be changed anymore.";
    public const string AcceptedUserRequired = "The `acceptedUserId` is required when accepting an invitation.";
    public const string EmailMismatch = "The accepted user must have the same email as the invitee.";

    private readonly Lock _lock = new();
    private readonly List<OrganizationInvitation> _invitations = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public OrganizationInvitation? Find(string id)
    {
        lock (_lock) return _invitations.FirstOrDefault(invitation => invitation.Id == id);
    }

    /// <summary>Newest first (the list only grows at its end), filtered as Logto's list is (the invitee case-insensitively).</summary>
    public IReadOnlyList<OrganizationInvitation> List(string? organizationId = null, string? inviterId = null, string? invitee = null)
    {
        lock (_lock)
        {
            return [.. _invitations
                .Where(invitation => organizationId is null || invitation.OrganizationId == organizationId)
                .Where(invitation => inviterId is null || invitation.InviterId == inviterId)
                .Where(invitation => invitee is null || string.Equals(invitation.Invitee, invitee, StringComparison.OrdinalIgnoreCase))
                .Reverse()];
        }
    }

    /// <summary>
    /// Stores a new pending invitation, first marking the invitee's expired pending ones to that organization Expired;
    /// null when a live pending one exists (Logto's unique index). Checks nothing else: an expiry in the past is allowed
    /// here, for tests.
    /// </summary>
    public OrganizationInvitation? Add(string organizationId, string invitee, DateTimeOffset expiresAt, IReadOnlyList<string> roleNames,
        string? inviterId = null, System.Text.Json.Nodes.JsonObject? messagePayload = null)
    {
        var now = Now;
        lock (_lock)
        {
            for (var i = 0; i < _invitations.Count; i++)
            {
                var old = _invitations[i];
                if (old.OrganizationId == organizationId && string.Equals(old.Invitee, invitee, StringComparison.OrdinalIgnoreCase) &&
                    old.StoredStatus == InvitationStatus.Pending)
                {
                    if (old.StatusAt(now) == InvitationStatus.Pending)
                    {
                        return null;
                    }

                    _invitations[i] = old with { StoredStatus = InvitationStatus.Expired, UpdatedAt = now };
                }
            }

            var invitation = new OrganizationInvitation(LogtoIds.New(), inviterId, invitee, organizationId, roleNames, now, expiresAt)
            {
                MessagePayload = messagePayload,
            };
            _invitations.Add(invitation);
            return invitation;
        }
    }

    public bool Delete(string id)
    {
        lock (_lock) return _invitations.RemoveAll(invitation => invitation.Id == id) > 0;
    }

    /// <summary>
    /// Accepts or revokes a pending invitation, in Logto's order of checks. Returns the updated invitation, or the
    /// reason it cannot change (<see cref="InvitationChange"/>).
    /// </summary>
    public InvitationChange ChangeStatus(string id, InvitationStatus status, string? acceptedUserId)
    {
        if (status == InvitationStatus.Accepted && string.IsNullOrEmpty(acceptedUserId))
        {
            return InvitationChange.Invalid(AcceptedUserRequired);
        }

        var now = Now;
        lock (_lock)
        {
            var index = _invitations.FindIndex(invitation => invitation.Id == id);
            if (index < 0)
            {
                return InvitationChange.NotFound;
            }

            var invitation = _invitations[index];
            if (invitation.StatusAt(now) != InvitationStatus.Pending)
            {
                return InvitationChange.Invalid(NotChangeable);
            }

            if (status == InvitationStatus.Accepted)
            {
                if (users.FindById(acceptedUserId!) is not { } user)
                {
                    return InvitationChange.UnknownUser;
                }

                if (!string.Equals(user.Email, invitation.Invitee, StringComparison.OrdinalIgnoreCase))
                {
                    return InvitationChange.Invalid(EmailMismatch);
                }

                organizations.AddMember(invitation.OrganizationId, user.Id);
                organizations.AssignRoles(invitation.OrganizationId, user.Id, invitation.RoleNames);
            }

            var changed = invitation with { StoredStatus = status, AcceptedUserId = acceptedUserId, UpdatedAt = now };
            _invitations[index] = changed;
            return InvitationChange.Done(changed);
        }
    }
}

/// <summary>What became of a status change: the updated invitation, or why there is none.</summary>
public sealed record InvitationChange(OrganizationInvitation? Invitation, string? Problem, bool Missing, bool UserMissing)
{
    public static InvitationChange NotFound { get; } = new(null, null, true, false);
    public static InvitationChange UnknownUser { get; } = new(null, null, false, true);

    public static InvitationChange Invalid(string problem) => new(null, problem, false, false);

    public static InvitationChange Done(OrganizationInvitation invitation) => new(invitation, null, false, false);
}
