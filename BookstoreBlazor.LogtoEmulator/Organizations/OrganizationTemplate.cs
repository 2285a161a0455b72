using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>
/// The tenant's organization template: its permissions (organization scopes) and its roles, each with an id made at
/// start (Logto's <c>{ id, name }</c> role references need one). Role names are unique, as in Logto.
/// </summary>
public sealed class OrganizationTemplate
{
    private readonly IReadOnlyList<EmulatorOrganizationRole> _roles;
    private readonly Dictionary<string, string> _idsByName;
    private readonly Dictionary<string, string> _permissionIds;
    private readonly Dictionary<EmulatorPermission, string> _resourceScopeIds;
    private readonly Dictionary<string, (string Id, string Name)> _resources;

    internal OrganizationTemplate(LogtoEmulatorOptions options)
    {
        Permissions = [.. options.OrganizationPermissions.Distinct(StringComparer.Ordinal)];
        _roles = [.. options.OrganizationRoles];
        _idsByName = _roles.ToDictionary(role => role.Name, _ => LogtoIds.New(), StringComparer.Ordinal);
        _permissionIds = Permissions.ToDictionary(name => name, _ => LogtoIds.New(), StringComparer.Ordinal);
        _resourceScopeIds = _roles.SelectMany(role => role.ResourcePermissions).Distinct().ToDictionary(permission => permission, _ => LogtoIds.New());
        _resources = options.EffectiveApiResources.DistinctBy(resource => resource.Indicator)
            .ToDictionary(resource => resource.Indicator, resource => (LogtoIds.New(), resource.Name), StringComparer.Ordinal);
    }

    /// <summary>The roles as configured, with their permissions.</summary>
    public IReadOnlyList<EmulatorOrganizationRole> RoleDefinitions => _roles;

    /// <summary>Every organization scope the template defines, in its order.</summary>
    public IReadOnlyList<string> Permissions { get; }

    /// <summary>Every role as Logto names one in JSON: <c>{ id, name }</c>.</summary>
    public IReadOnlyList<OrganizationRoleRef> Roles => [.. _roles.Select(role => new OrganizationRoleRef(_idsByName[role.Name], role.Name))];

    public OrganizationRoleRef? FindByName(string name) =>
        _idsByName.TryGetValue(name, out var id) ? new OrganizationRoleRef(id, name) : null;

    public OrganizationRoleRef? FindById(string id) => Roles.FirstOrDefault(role => role.Id == id);

    /// <summary>Role references for names, sorted by name as Logto returns them; unknown names are skipped.</summary>
    public IReadOnlyList<OrganizationRoleRef> Refs(IEnumerable<string> names) =>
        [.. names.Select(FindByName).OfType<OrganizationRoleRef>().OrderBy(role => role.Name, StringComparer.Ordinal)];

    /// <summary>Organization scopes as Logto names them in JSON, <c>{ id, name }</c>, sorted by name; names the template lacks are skipped.</summary>
    public IReadOnlyList<OrganizationRoleRef> ScopeRefs(IEnumerable<string> permissions) =>
        [.. permissions.Where(_permissionIds.ContainsKey).Distinct(StringComparer.Ordinal)
            .Select(name => new OrganizationRoleRef(_permissionIds[name], name)).OrderBy(scope => scope.Name, StringComparer.Ordinal)];

    /// <summary>API resource scopes a role grants inside organizations, with ids and their resource's id and name.</summary>
    public IReadOnlyList<ResourceScopeRef> ResourceScopeRefs(IEnumerable<EmulatorPermission> permissions) =>
        [.. permissions.Where(permission => _resourceScopeIds.ContainsKey(permission) && _resources.ContainsKey(permission.Resource))
            .Distinct()
            .Select(permission => new ResourceScopeRef(_resourceScopeIds[permission], permission.Scope,
                _resources[permission.Resource].Id, _resources[permission.Resource].Name))];

    /// <summary>The template's permissions these roles grant, in the template's order; unknown ones grant nothing.</summary>
    public IReadOnlyList<string> ScopesOf(IEnumerable<string> roleNames)
    {
        var granted = Definitions(roleNames).SelectMany(role => role.Permissions).ToHashSet(StringComparer.Ordinal);
        return [.. Permissions.Where(granted.Contains)];
    }

    /// <summary>The scopes of <paramref name="resource"/> these roles grant inside an organization.</summary>
    public IReadOnlyList<string> ResourceScopesOf(IEnumerable<string> roleNames, string resource) =>
        [.. Definitions(roleNames).SelectMany(role => role.ResourcePermissions)
            .Where(permission => permission.Resource == resource)
            .Select(permission => permission.Scope)
            .Distinct(StringComparer.Ordinal)];

    private IEnumerable<EmulatorOrganizationRole> Definitions(IEnumerable<string> roleNames)
    {
        var names = roleNames.ToHashSet(StringComparer.Ordinal);
        return _roles.Where(role => names.Contains(role.Name));
    }
}

/// <summary>An organization role (or organization scope) as Logto's JSON names it.</summary>
public sealed record OrganizationRoleRef(string Id, string Name);

/// <summary>An API resource scope as Logto's organization role JSON names it, with its resource.</summary>
public sealed record ResourceScopeRef(string Id, string Name, string ResourceId, string ResourceName);
