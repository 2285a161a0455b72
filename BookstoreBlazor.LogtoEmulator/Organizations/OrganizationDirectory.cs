namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// The tenant's organizations and who is in each with which organization roles, in memory. Every read is of the
/// current state, as Logto reads its tables for each token and claim. Removing a member removes their roles there too
/// (Logto's cascade), so they do not come back with a re-added member.
/// </summary>
public sealed class OrganizationDirectory(OrganizationTemplate template, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly List<EmulatorOrganization> _organizations = [];
    // Organization id → (user id → role names), members in the order they joined.
    private readonly Dictionary<string, List<(string UserId, HashSet<string> Roles)>> _members = new(StringComparer.Ordinal);

    public OrganizationTemplate Template => template;

    public IReadOnlyList<EmulatorOrganization> All
    {
        get { lock (_lock) return [.. _organizations]; }
    }

    public EmulatorOrganization? Find(string id)
    {
        lock (_lock) return _organizations.FirstOrDefault(organization => organization.Id == id);
    }

    public EmulatorOrganization? FindByName(string name)
    {
        lock (_lock) return _organizations.FirstOrDefault(organization => organization.Name == name);
    }

    public EmulatorOrganization Create(string name, string? description = null)
    {
        var organization = new EmulatorOrganization(LogtoIds.New(LogtoIds.Short), name, description, clock.GetUtcNow());
        lock (_lock)
        {
            _organizations.Add(organization);
            _members[organization.Id] = [];
        }

        return organization;
    }

    public bool IsMember(string organizationId, string userId)
    {
        lock (_lock) return Membership(organizationId, userId) is not null;
    }

    /// <summary>Adds the user without roles; false when already a member. Throws for an unknown organization.</summary>
    public bool AddMember(string organizationId, string userId)
    {
        lock (_lock)
        {
            var members = MembersList(organizationId);
            if (members.Any(member => member.UserId == userId))
            {
                return false;
            }

            members.Add((userId, new HashSet<string>(StringComparer.Ordinal)));
            return true;
        }
    }

    /// <summary>Takes the user out with their roles there; false when they were not a member.</summary>
    public bool RemoveMember(string organizationId, string userId)
    {
        lock (_lock)
        {
            return _members.TryGetValue(organizationId, out var members) && members.RemoveAll(member => member.UserId == userId) > 0;
        }
    }

    /// <summary>Replaces a member's organization roles. Throws for a non-member or a role the template lacks.</summary>
    public void SetRoles(string organizationId, string userId, IEnumerable<string> roleNames) =>
        ChangeRoles(organizationId, userId, roleNames, replace: true);

    /// <summary>Adds organization roles to a member. Throws for a non-member or a role the template lacks.</summary>
    public void AssignRoles(string organizationId, string userId, IEnumerable<string> roleNames) =>
        ChangeRoles(organizationId, userId, roleNames, replace: false);

    /// <summary>The member's organization roles there, sorted by name; empty for a non-member.</summary>
    public IReadOnlyList<OrganizationRoleRef> RolesOf(string organizationId, string userId)
    {
        lock (_lock) return template.Refs(Membership(organizationId, userId) ?? []);
    }

    /// <summary>The organizations the user is in, each with the user's roles there (Logto's <c>getOrganizationsByUserId</c>).</summary>
    public IReadOnlyList<OrganizationMembership> OrganizationsOf(string userId)
    {
        lock (_lock)
        {
            return [.. _organizations
                .Select(organization => (organization, roles: Membership(organization.Id, userId)))
                .Where(pair => pair.roles is not null)
                .Select(pair => new OrganizationMembership(pair.organization, template.Refs(pair.roles!)))];
        }
    }

    /// <summary>The organization's members with their roles there; empty for an unknown organization, as in Logto.</summary>
    public IReadOnlyList<OrganizationMember> MembersOf(string organizationId)
    {
        lock (_lock)
        {
            return _members.TryGetValue(organizationId, out var members)
                ? [.. members.Select(member => new OrganizationMember(member.UserId, template.Refs(member.Roles)))]
                : [];
        }
    }

    private void ChangeRoles(string organizationId, string userId, IEnumerable<string> roleNames, bool replace)
    {
        var names = roleNames.ToArray();
        if (names.FirstOrDefault(name => template.FindByName(name) is null) is { } unknown)
        {
            throw new ArgumentException($"The organization template has no role '{unknown}'.");
        }

        lock (_lock)
        {
            var roles = Membership(organizationId, userId)
                ?? throw new InvalidOperationException($"User '{userId}' is not a member of organization '{organizationId}'.");
            if (replace)
            {
                roles.Clear();
            }

            roles.UnionWith(names);
        }
    }

    private HashSet<string>? Membership(string organizationId, string userId) =>
        _members.TryGetValue(organizationId, out var members)
            ? members.FirstOrDefault(member => member.UserId == userId).Roles
            : null;

    private List<(string UserId, HashSet<string> Roles)> MembersList(string organizationId) =>
        _members.TryGetValue(organizationId, out var members)
            ? members
            : throw new KeyNotFoundException($"No organization '{organizationId}' in the Logto emulator.");
}

/// <summary>One organization a user is in, with the user's organization roles there.</summary>
public sealed record OrganizationMembership(EmulatorOrganization Organization, IReadOnlyList<OrganizationRoleRef> Roles);

/// <summary>One member of an organization, with their organization roles there.</summary>
public sealed record OrganizationMember(string UserId, IReadOnlyList<OrganizationRoleRef> Roles);
