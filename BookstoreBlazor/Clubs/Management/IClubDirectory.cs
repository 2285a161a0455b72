namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// What only Logto's Management API knows about clubs: names, members, invitations. Needs a machine-to-machine app
/// (<c>Logto:Management:AppId/AppSecret</c>); without it <see cref="IsConfigured"/> is false and every call answers
/// <see cref="DirectoryStatus.NotConfigured"/>. The caller must have authorized the club with an organization token
/// (<see cref="Access.IClubAccess"/>) before asking about it: the Management API answers for any club.
/// </summary>
public interface IClubDirectory
{
    bool IsConfigured { get; }

    Task<DirectoryResult<ClubInfo>> FindClubAsync(string clubId, CancellationToken cancellationToken = default);

    Task<DirectoryResult<IReadOnlyList<ClubMember>>> MembersAsync(string clubId, CancellationToken cancellationToken = default);

    /// <summary>The club's pending invitations (for its owners to see).</summary>
    Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> PendingInvitationsOfClubAsync(string clubId, CancellationToken cancellationToken = default);

    /// <summary>Invites <paramref name="email"/> as <see cref="ClubOptions.MemberRole"/> for 7 days.</summary>
    Task<InvitationOutcome> InviteAsync(string clubId, string? email, string inviterSubject, CancellationToken cancellationToken = default);

    /// <summary>Pending, unexpired invitations addressed to this email (the signed-in user's, from their claims), with club names.</summary>
    Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> InvitationsForAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Accepts an invitation for the user, only when it is addressed to <paramref name="userEmail"/> (checked here, since
    /// the Management API token may act for anyone) and still pending.
    /// </summary>
    Task<InvitationOutcome> AcceptAsync(string invitationId, string userSubject, string userEmail, CancellationToken cancellationToken = default);

    /// <summary>Declines (revokes) an invitation addressed to <paramref name="userEmail"/>.</summary>
    Task<InvitationOutcome> DeclineAsync(string invitationId, string userEmail, CancellationToken cancellationToken = default);
}
