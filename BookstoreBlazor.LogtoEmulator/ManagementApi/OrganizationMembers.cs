using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// <c>GET /api/organizations/{id}/users</c>: members as Logto's <c>UserWithOrganizationRoles</c>, paginated
/// (<see cref="ManagementPagination"/>), with <c>q</c> matching id, username, name or primary email case-insensitively.
/// </summary>
internal static class OrganizationMembers
{
    public static IResult List(string id, HttpContext context, UserDirectory users, OrganizationDirectory organizations,
        int? page, int? page_size, string? q) =>
        ManagementPagination.Page(context, organizations.MembersOf(id)
            .Select(member => (user: users.FindById(member.UserId), member.Roles))
            .Where(pair => pair.user is { } user && ManagementPagination.Matches(q, user.Id, user.Username, user.Name, user.Email))
            .Select(pair => (JsonNode)ManagementJson.WithRoles(ManagementJson.User(pair.user!), pair.Roles)), page, page_size);
}
