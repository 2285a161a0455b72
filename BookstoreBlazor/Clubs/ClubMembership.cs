namespace BookstoreBlazor.Clubs;

/// <summary>
/// A club the signed-in user belongs to, as Logto's <c>organizations</c> and <c>organization_roles</c> claims say, with
/// the organization roles they hold in it. What the claims say decides what is shown, never what may be changed: that
/// takes an organization token for the club.
/// </summary>
public sealed record ClubMembership(string ClubId, IReadOnlySet<string> Roles, bool IsOwner);
