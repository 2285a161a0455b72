namespace BookstoreBlazor.Clubs.Management;

public enum DirectoryStatus
{
    Ok,
    NotConfigured,
    NotFound,
    Unavailable,
}

/// <summary>An answer from the Management API, or why there is none.</summary>
public sealed record DirectoryResult<T>(DirectoryStatus Status, T? Value)
{
    public bool IsOk => Status == DirectoryStatus.Ok;

    public static DirectoryResult<T> Ok(T value) => new(DirectoryStatus.Ok, value);

    public static DirectoryResult<T> Failed(DirectoryStatus status) => new(status, default);
}

/// <summary>A club as Logto's organization describes it.</summary>
public sealed record ClubInfo(string Id, string Name, string? Description);

/// <summary>A member as the Management API lists them: Logto user id (<c>sub</c>), display name, avatar, roles in the club.</summary>
public sealed record ClubMember(string Subject, string Name, string? AvatarUrl, IReadOnlyList<string> Roles);

/// <summary>An invitation to a club.</summary>
public sealed record ClubInvitation(string Id, string ClubId, string ClubName, string Invitee, DateTimeOffset ExpiresAt, string? InviterName);

public enum InvitationOutcomeKind
{
    Sent,
    Accepted,
    Declined,
    InvalidEmail,
    AlreadyMember,
    AlreadyInvited,
    /// <summary>Expired, revoked, or already accepted: Logto will not change its status any more.</summary>
    NoLongerValid,
    /// <summary>Not addressed to this user, or no such invitation (the same answer, so ids cannot be probed).</summary>
    NotFound,
    NotConfigured,
    Unavailable,
}

/// <summary>What became of an invitation request, with a message fit to show the user.</summary>
public sealed record InvitationOutcome(InvitationOutcomeKind Kind, string Message, ClubInvitation? Invitation = null)
{
    public bool Succeeded => Kind is InvitationOutcomeKind.Sent or InvitationOutcomeKind.Accepted or InvitationOutcomeKind.Declined;
}
