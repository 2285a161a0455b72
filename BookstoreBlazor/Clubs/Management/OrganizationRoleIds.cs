using System.Collections.Concurrent;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// Organization role ids by name (an invitation names roles by id, the app configures names), from
/// <c>GET /api/organization-roles</c>. A found id is kept: Logto never changes a role's id, and one that is deleted is
/// forgotten when Logto refuses it.
/// </summary>
internal sealed partial class OrganizationRoleIds(ManagementApiClient api, ILogger<OrganizationRoleIds> logger)
{
    private const int PageSize = 100;

    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    public async Task<DirectoryResult<string>> IdOfAsync(string roleName, CancellationToken cancellationToken)
    {
        if (_ids.TryGetValue(roleName, out var known))
            return DirectoryResult<string>.Ok(known);

        // q narrows the list (Logto searches id, name and description); the name itself must match exactly.
        var answer = await api.GetAsync($"organization-roles?q={Uri.EscapeDataString(roleName)}&page_size={PageSize}", cancellationToken);
        if (answer?.Status != 200)
            return DirectoryResult<string>.Failed(DirectoryStatus.Unavailable);

        var id = ManagementJson.Items(answer.Body)
            .Where(role => ManagementJson.String(role, "name") == roleName)
            .Select(role => ManagementJson.String(role, "id"))
            .FirstOrDefault();
        if (id is null)
        {
            LogMissingRole(logger, roleName);
            return DirectoryResult<string>.Failed(DirectoryStatus.NotFound);
        }

        _ids[roleName] = id;
        return DirectoryResult<string>.Ok(id);
    }

    public void Forget(string roleName) => _ids.TryRemove(roleName, out _);

    [LoggerMessage(Level = LogLevel.Error, Message = "Logto's organization template has no role named '{Role}' (Bookstore:Clubs:MemberRole), " +
                                                     "so invitations cannot be sent: create it in Logto Console → Organization template.")]
    private static partial void LogMissingRole(ILogger logger, string role);
}
