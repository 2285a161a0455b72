using BookstoreBlazor.Clubs.Management;

namespace BookstoreBlazor.Tests.Components;

/// <summary>
/// Logto's Management API as a test sets it up: clubs, members, invitations and the outcome of each action. Not
/// configured answers <see cref="DirectoryStatus.NotConfigured"/> everywhere, as the real one does; <see cref="Status"/>
/// other than Ok makes every read fail that way. Every call is recorded, so a test can tell what was (not) asked.
/// </summary>
public sealed class FakeClubDirectory : IClubDirectory
{
    public bool IsConfigured { get; set; } = true;

    /// <summary>What every read answers when not <see cref="DirectoryStatus.Ok"/> (e.g. Unavailable).</summary>
    public DirectoryStatus Status { get; set; } = DirectoryStatus.Ok;

    /// <summary>Every call throws, as a bug or a timeout the directory did not turn into a status would.</summary>
    public bool Throws { get; set; }

    public Dictionary<string, ClubInfo> Clubs { get; } = [];
    public Dictionary<string, List<ClubMember>> Members { get; } = [];
    public Dictionary<string, List<ClubInvitation>> PendingOfClub { get; } = [];
    public Dictionary<string, List<ClubInvitation>> InvitationsByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public InvitationOutcome InviteOutcome { get; set; } = new(InvitationOutcomeKind.Sent, "Invitation sent.");
    public InvitationOutcome AcceptOutcome { get; set; } = new(InvitationOutcomeKind.Accepted, "You joined the club.");
    public InvitationOutcome DeclineOutcome { get; set; } = new(InvitationOutcomeKind.Declined, "Invitation declined.");

    /// <summary>Every call as "Method(arguments)".</summary>
    public List<string> Calls { get; } = [];

    public Task<DirectoryResult<ClubInfo>> FindClubAsync(string clubId, CancellationToken cancellationToken = default) =>
        Read($"FindClub({clubId})", () => Clubs.TryGetValue(clubId, out var club) ? club : null);

    public Task<DirectoryResult<IReadOnlyList<ClubMember>>> MembersAsync(string clubId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ClubMember>>($"Members({clubId})", () => Members.GetValueOrDefault(clubId, []));

    public Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> PendingInvitationsOfClubAsync(string clubId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ClubInvitation>>($"PendingOfClub({clubId})", () => PendingOfClub.GetValueOrDefault(clubId, []).ToList());

    public Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> InvitationsForAsync(string email, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ClubInvitation>>($"InvitationsFor({email})", () => InvitationsByEmail.GetValueOrDefault(email, []).ToList());

    public Task<InvitationOutcome> InviteAsync(string clubId, string? email, string inviterSubject, CancellationToken cancellationToken = default) =>
        Act($"Invite({clubId}, {email}, {inviterSubject})", InviteOutcome);

    public Task<InvitationOutcome> AcceptAsync(string invitationId, string userSubject, string userEmail, CancellationToken cancellationToken = default) =>
        Act($"Accept({invitationId}, {userSubject}, {userEmail})", AcceptOutcome);

    public Task<InvitationOutcome> DeclineAsync(string invitationId, string userEmail, CancellationToken cancellationToken = default) =>
        Act($"Decline({invitationId}, {userEmail})", DeclineOutcome);

    private Task<DirectoryResult<T>> Read<T>(string call, Func<T?> value)
    {
        Calls.Add(call);
        if (Throws)
            throw new HttpRequestException("The Management API broke.");
        if (!IsConfigured)
            return Task.FromResult(DirectoryResult<T>.Failed(DirectoryStatus.NotConfigured));
        if (Status != DirectoryStatus.Ok)
            return Task.FromResult(DirectoryResult<T>.Failed(Status));
        return Task.FromResult(value() is { } found ? DirectoryResult<T>.Ok(found) : DirectoryResult<T>.Failed(DirectoryStatus.NotFound));
    }

    private Task<InvitationOutcome> Act(string call, InvitationOutcome outcome)
    {
        Calls.Add(call);
        if (Throws)
            throw new HttpRequestException("The Management API broke.");
        return Task.FromResult(IsConfigured ? outcome : new InvitationOutcome(InvitationOutcomeKind.NotConfigured, "Invitations are not configured."));
    }
}
