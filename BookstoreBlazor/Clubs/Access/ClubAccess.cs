namespace BookstoreBlazor.Clubs.Access;

public enum ClubAccessState
{
    /// <summary>Logto issued an organization token for the club; <see cref="ClubAccess.Permissions"/> is its scope.</summary>
    Granted,

    /// <summary>Logto refused an organization token: the user is not (or no longer) a member, or the club does not exist.</summary>
    NotAMember,

    /// <summary>
    /// The session was signed in without the organization scopes (before Bookstore asked for them, or a tenant that
    /// dropped them): Logto answers <c>insufficient_scope</c> until the user signs in again.
    /// </summary>
    NeedsSignIn,

    /// <summary>No session, or it has ended.</summary>
    SignedOut,

    /// <summary>Logto could not be asked right now (down, slow, or the session store is busy); nothing is known.</summary>
    Unavailable,
}

/// <summary>
/// What the signed-in user may do in one club, from an organization token Logto issued for it (never from the browser
/// or from claims alone).
/// </summary>
public sealed record ClubAccess(ClubAccessState State, string ClubId, IReadOnlySet<string> Permissions)
{
    public bool IsGranted => State == ClubAccessState.Granted;

    public bool CanRead => IsGranted && Permissions.Contains(ClubPermissions.Read);

    public bool CanEditList => IsGranted && Permissions.Contains(ClubPermissions.EditList);

    public bool CanInvite => IsGranted && Permissions.Contains(ClubPermissions.Invite);

    public static ClubAccess Refused(ClubAccessState state, string clubId) => new(state, clubId, new HashSet<string>());
}
