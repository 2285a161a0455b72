using System.Security.Claims;

namespace BookstoreBlazor.Clubs;

/// <summary>
/// Reads a user's clubs from Logto's claims: <c>organizations</c> (one claim per organization id) and
/// <c>organization_roles</c> (one claim per <c>"{organizationId}:{roleName}"</c>; role names may hold a colon, ids
/// never do, so the value is split at the first one). Values that are not what Logto sends are skipped, not repaired:
/// a malformed id, or a role in an organization the user is not listed in.
/// </summary>
public static class ClubClaims
{
    /// <summary>Claim types as Logto sends them, in the ID token (by default) and from userinfo.</summary>
    public const string Organizations = "organizations";
    public const string OrganizationRoles = "organization_roles";

    /// <summary>Logto's limit on an organization role's name.</summary>
    public const int MaxRoleLength = 128;

    /// <summary>The user's clubs in the order Logto lists them, each once.</summary>
    public static IReadOnlyList<ClubMembership> Read(ClaimsPrincipal user, string ownerRole)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var claim in user.FindAll(Organizations))
        {
            if (ClubId.IsValid(claim.Value) && roles.TryAdd(claim.Value, new HashSet<string>(StringComparer.Ordinal)))
                order.Add(claim.Value);
        }
        foreach (var claim in user.FindAll(OrganizationRoles))
        {
            if (Split(claim.Value) is var (clubId, role) && roles.TryGetValue(clubId, out var held))
                held.Add(role);
        }
        return order.Select(id => new ClubMembership(id, roles[id], roles[id].Contains(ownerRole))).ToList();
    }

    private static (string ClubId, string Role)? Split(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0)
            return null;
        var role = value[(colon + 1)..];
        return role.Length is > 0 and <= MaxRoleLength && role.Trim() == role && !role.Any(char.IsControl)
            ? (value[..colon], role)
            : null;
    }
}
