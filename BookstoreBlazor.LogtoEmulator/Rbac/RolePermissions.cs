using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>The tenant's API resources and what a user's roles allow on each, read from the options on every call.</summary>
internal sealed class RolePermissions(LogtoEmulatorOptions options)
{
    public EmulatorApiResource? FindResource(string indicator) =>
        options.ApiResources.FirstOrDefault(resource => resource.Indicator == indicator);

    /// <summary>
    /// The resource's scopes that the user's current roles grant, in the resource's order. Role names the tenant does not
    /// define grant nothing; a permission naming a scope the resource does not define is ignored, as Logto cannot hold one.
    /// </summary>
    public IReadOnlyList<string> ScopesOf(EmulatorUser user, EmulatorApiResource resource)
    {
        var granted = options.Roles
            .Where(role => user.Roles.Contains(role.Name, StringComparer.Ordinal))
            .SelectMany(role => role.Permissions)
            .Where(permission => permission.Resource == resource.Indicator)
            .Select(permission => permission.Scope)
            .ToHashSet(StringComparer.Ordinal);
        return resource.Scopes.Where(granted.Contains).ToArray();
    }
}
