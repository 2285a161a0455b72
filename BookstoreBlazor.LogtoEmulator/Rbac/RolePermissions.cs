using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// The tenant's API resources and what the roles of a user or an M2M app allow on each, read from the options on every
/// call. Role names the tenant does not define, or roles of the other type, grant nothing; a permission naming a scope
/// the resource does not define is ignored, as Logto cannot hold one.
/// </summary>
internal sealed class RolePermissions(LogtoEmulatorOptions options)
{
    public EmulatorApiResource? FindResource(string indicator) =>
        options.ApiResources.FirstOrDefault(resource => resource.Indicator == indicator);

    /// <summary>The resource's scopes that the user's current (user) roles grant, in the resource's order.</summary>
    public IReadOnlyList<string> ScopesOf(EmulatorUser user, EmulatorApiResource resource) =>
        Granted(user.Roles, EmulatorRoleType.User, resource);

    /// <summary>The resource's scopes that the app's machine-to-machine roles grant, in the resource's order.</summary>
    public IReadOnlyList<string> ScopesOf(EmulatorMachineApp app, EmulatorApiResource resource) =>
        Granted(app.Roles, EmulatorRoleType.MachineToMachine, resource);

    private string[] Granted(IReadOnlyList<string> roleNames, EmulatorRoleType type, EmulatorApiResource resource)
    {
        var granted = options.Roles
            .Where(role => role.Type == type && roleNames.Contains(role.Name, StringComparer.Ordinal))
            .SelectMany(role => role.Permissions)
            .Where(permission => permission.Resource == resource.Indicator)
            .Select(permission => permission.Scope)
            .ToHashSet(StringComparer.Ordinal);
        return resource.Scopes.Where(granted.Contains).ToArray();
    }
}
