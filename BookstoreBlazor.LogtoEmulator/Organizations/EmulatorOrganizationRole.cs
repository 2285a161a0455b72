using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// A role of the organization template (Logto Console → Organization template): its name goes into the
/// <c>organization_roles</c> claim as <c>{orgId}:{name}</c>, its permissions (organization scopes) into the <c>scope</c>
/// of organization tokens. <see cref="ResourcePermissions"/> are API resource scopes the role grants inside an
/// organization (Logto's organization-scoped API resources), for a token asked with both <c>resource</c> and
/// <c>organization_id</c>.
/// </summary>
public sealed record EmulatorOrganizationRole(string Name, string Description, IReadOnlyList<string> Permissions)
{
    public const string OwnerName = "owner";
    public const string MemberName = "member";

    public const string ReadClub = "read:club";
    public const string EditClubList = "edit:club-list";
    public const string InviteMembers = "invite:members";

    public IReadOnlyList<EmulatorPermission> ResourcePermissions { get; init; } = [];

    public static EmulatorOrganizationRole Owner { get; } =
        new(OwnerName, "Runs the club: its reading list and who is in it", [ReadClub, EditClubList, InviteMembers]);

    public static EmulatorOrganizationRole Member { get; } = new(MemberName, "Reads with the club", [ReadClub]);
}
