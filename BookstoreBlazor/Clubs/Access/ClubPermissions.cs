namespace BookstoreBlazor.Clubs.Access;

/// <summary>
/// The organization permissions (Logto Console: organization template → permissions) book clubs use. Sign-in asks for
/// them with <c>resource=urn:logto:resource:organizations</c>; an organization token's <c>scope</c> holds those the
/// user's organization roles grant in that one club.
/// </summary>
public static class ClubPermissions
{
    public const string Read = "read:club";
    public const string EditList = "edit:club-list";
    public const string Invite = "invite:members";

    public static IReadOnlyList<string> All { get; } = [Read, EditList, Invite];
}
