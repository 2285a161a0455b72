using BookstoreBlazor.LogtoEmulator.Organizations;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>Organizations as a Logto admin changes them (console or Management API), for tests and the console description.</summary>
public sealed partial class LogtoEmulatorHost
{
    /// <summary>The tenant's organizations, memberships and organization template.</summary>
    public OrganizationDirectory Organizations => _app.Services.GetRequiredService<OrganizationDirectory>();

    /// <summary>The tenant's organization invitations.</summary>
    public InvitationStore Invitations => _app.Services.GetRequiredService<InvitationStore>();

    public EmulatorOrganization CreateOrganization(string name, string? description = null) => Organizations.Create(name, description);

    /// <summary>
    /// Makes the user a member with these organization roles (added to any they hold). The next organization token and
    /// the next ID token or userinfo show it. Throws for an unknown organization or a role the template lacks.
    /// </summary>
    public void AddOrganizationMember(string organizationId, string userId, params string[] roles)
    {
        Organizations.AddMember(organizationId, userId);
        Organizations.AssignRoles(organizationId, userId, roles);
    }

    /// <summary>
    /// Takes the user out of the organization with their roles there: the next organization token for it is refused and
    /// the next ID token (a refresh) and userinfo no longer name it. False when the user was not a member.
    /// </summary>
    public bool RemoveOrganizationMember(string organizationId, string userId) => Organizations.RemoveMember(organizationId, userId);

    /// <summary>Replaces a member's organization roles; the next organization token carries the new permissions.</summary>
    public void SetOrganizationRoles(string organizationId, string userId, params string[] roles) =>
        Organizations.SetRoles(organizationId, userId, roles);

    /// <summary>The organizations the user is in, each with the user's organization roles there.</summary>
    public IReadOnlyList<OrganizationMembership> FindUserOrganizations(string userId) => Organizations.OrganizationsOf(userId);

    /// <summary>Each organization with its members now, and the Kakao accounts that join it at their first sign-in.</summary>
    private IEnumerable<string> DescribeOrganizations()
    {
        foreach (var organization in Organizations.All)
        {
            var members = Organizations.MembersOf(organization.Id).Select(member =>
                $"{Users.FindById(member.UserId)?.Username ?? member.UserId} ({string.Join(", ", member.Roles.Select(role => role.Name))})");
            var kakao = Options.Organizations.FirstOrDefault(seed => seed.Name == organization.Name)?.KakaoMembers
                .Select(pair => $"Kakao {KakaoNickname(pair.Key)} ({string.Join(", ", pair.Value)}) at first sign-in") ?? [];
            yield return $"  Organization: {organization.Name} ({organization.Id}): {string.Join(", ", members.Concat(kakao))}";
        }
    }

    private string KakaoNickname(long kakaoId) =>
        Options.Kakao.Accounts.FirstOrDefault(account => account.Id == kakaoId)?.Nickname ??
        kakaoId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A pending invitation as <c>POST /api/organization-invitations</c> makes one, but any expiry is allowed, so a test
    /// can have an expired invitation without waiting. Returns null when a live pending one already exists.
    /// </summary>
    public OrganizationInvitation? CreateInvitation(string organizationId, string invitee, DateTimeOffset expiresAt,
        string? inviterId = null, params string[] roles) =>
        Invitations.Add(organizationId, invitee, expiresAt, roles, inviterId);
}
