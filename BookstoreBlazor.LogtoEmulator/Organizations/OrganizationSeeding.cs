using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// Creates <see cref="LogtoEmulatorOptions.Organizations"/> at start with those of their members that are among the test
/// accounts, and gives a Kakao user its seeded memberships when it is first created (as if an admin had added it at once).
/// </summary>
internal sealed class OrganizationSeeding(LogtoEmulatorOptions options, OrganizationDirectory organizations, UserDirectory users)
{
    private readonly Dictionary<OrganizationSeed, string> _created = [];

    public void SeedAll()
    {
        foreach (var seed in options.Organizations)
        {
            var organization = organizations.Create(seed.Name, seed.Description);
            _created[seed] = organization.Id;
            // A test that replaces the test accounts keeps the clubs, without the members it left out.
            foreach (var (username, roles) in seed.Members)
            {
                if (options.TestAccounts.Any(account => account.Username == username) && users.FindByIdentifier(username) is { } user)
                {
                    Join(organization.Id, user.Id, roles);
                }
            }
        }
    }

    public void OnKakaoUserCreated(long kakaoId, string userId)
    {
        foreach (var (seed, organizationId) in _created)
        {
            if (seed.KakaoMembers.TryGetValue(kakaoId, out var roles))
            {
                Join(organizationId, userId, roles);
            }
        }
    }

    private void Join(string organizationId, string userId, string[] roles)
    {
        organizations.AddMember(organizationId, userId);
        organizations.AssignRoles(organizationId, userId, roles);
    }
}
