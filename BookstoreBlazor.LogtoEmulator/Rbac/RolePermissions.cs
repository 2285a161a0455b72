using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// The tenant's API resources and what the roles of a user or an M2M app allow on each, read from the options on every
/// call. Role names the tenant does not define, or roles of the other type, grant nothing; a permission naming a scope
/// the resource does not define is ignored, as Logto cannot hold one.
/// </summary>
internal sealed class RolePermissions(LogtoEmulatorOptions options, OrganizationDirectory organizations)
{
    public EmulatorApiResource? FindResource(string indicator) =>
        options.EffectiveApiResources.FirstOrDefault(resource => resource.Indicator == indicator);

    /// <summary>
    /// What a sign-in may grant on the resource (Logto's <c>findResourceScopes</c> with <c>findFromOrganizations</c>): the
    /// user's roles' scopes and those the user's organization roles grant in any organization; for Logto's reserved
    /// organization resource, every organization permission of the template, left to be filtered per organization later.
    /// </summary>
    public IReadOnlyList<string> ConsentableScopesOf(EmulatorUser user, EmulatorApiResource resource)
    {
        if (resource.Indicator == OrganizationUrns.ReservedResource)
        {
            return resource.Scopes;
        }

        var granted = ScopesOf(user, resource).Concat(organizations.OrganizationsOf(user.Id).SelectMany(membership =>
            organizations.Template.ResourceScopesOf(membership.Roles.Select(role => role.Name), resource.Indicator)))
            .ToHashSet(StringComparer.Ordinal);
        return [.. resource.Scopes.Where(granted.Contains)];
    }

    /// <summary>The resource's scopes that the user's organization roles in that organization grant, in the resource's order.</summary>
    public IReadOnlyList<string> ScopesInOrganization(EmulatorUser user, string organizationId, EmulatorApiResource resource)
    {
        var roles = organizations.RolesOf(organizationId, user.Id).Select(role => role.Name);
        var granted = organizations.Template.ResourceScopesOf(roles, resource.Indicator).ToHashSet(StringComparer.Ordinal);
        return [.. resource.Scopes.Where(granted.Contains)];
    }

    /// <summary>The resource's scopes that the user's current (user) roles grant, in the resource's order.</summary>
    public IReadOnlyList<string> ScopesOf(EmulatorUser user, EmulatorApiResource resource) =>
        Granted(user.Roles, EmulatorRoleType.User, resource);

    /// <summary>The resource's scopes that the app's machine-to-machine roles grant, in the resource's order.</summary>
    public IReadOnlyList<string> ScopesOf(EmulatorMachineApp app, EmulatorApiResource resource) =>
        Granted(app.Roles, EmulatorRoleType.MachineToMachine, resource);

    private string[] Granted(IReadOnlyList<string> roleNames, EmulatorRoleType type, EmulatorApiResource resource)
    {
        var granted = options.EffectiveRoles
            .Where(role => role.Type == type && roleNames.Contains(role.Name, StringComparer.Ordinal))
            .SelectMany(role => role.Permissions)
            .Where(permission => permission.Resource == resource.Indicator)
            .Select(permission => permission.Scope)
            .ToHashSet(StringComparer.Ordinal);
        return resource.Scopes.Where(granted.Contains).ToArray();
    }
}
