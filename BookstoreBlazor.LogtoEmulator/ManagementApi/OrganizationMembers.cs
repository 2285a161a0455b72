using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// <c>GET /api/organizations/{id}/users</c>: members as Logto's <c>UserWithOrganizationRoles</c>, paginated like
/// koa-pagination (<c>page</c> from 1, <c>page_size</c> default 20, at most 100, the total in <c>Total-Number</c>), with
/// <c>q</c> matching id, username, name or primary email case-insensitively.
/// </summary>
internal static class OrganizationMembers
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    public static IResult List(string id, HttpContext context, UserDirectory users, OrganizationDirectory organizations,
        int? page, int? page_size, string? q)
    {
        if (page < 1 || page_size < 1 || page_size > MaxPageSize)
        {
            return ManagementErrors.InvalidPagination();
        }

        var members = organizations.MembersOf(id)
            .Select(member => (user: users.FindById(member.UserId), member.Roles))
            .Where(pair => pair.user is not null && Matches(pair.user, q))
            .ToArray();
        var size = page_size ?? DefaultPageSize;
        context.Response.Headers["Total-Number"] = members.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ManagementJson.Write(ManagementJson.Array(members
            .Skip(((page ?? 1) - 1) * size).Take(size)
            .Select(pair => (JsonNode)ManagementJson.WithRoles(ManagementJson.User(pair.user!), pair.Roles))));
    }

    private static bool Matches(EmulatorUser user, string? q) =>
        string.IsNullOrEmpty(q) ||
        new[] { user.Id, user.Username, user.Name, user.Email }.Any(field => field?.Contains(q, StringComparison.OrdinalIgnoreCase) == true);
}
