using System.Net;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// <c>GET /api/organization-roles</c> (how an app finds a role's id for an invitation) and <c>GET /api/users/{id}</c>
/// (an inviter's name), in Logto's shapes.
/// </summary>
public sealed class ManagementRoleAndUserEndpointTests(SharedManagementApi shared) : IClassFixture<SharedManagementApi>
{
    private ManagementApiCaller Api => shared.Api;

    private OrganizationTemplate Template => shared.Logto.Organizations.Template;

    [Fact]
    public async Task OrganizationRoles_AreTheTemplatesRoles_SortedByName_WithTheirScopes()
    {
        var answer = await Api.GetAsync("api/organization-roles");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("2", answer.Response.Headers.GetValues("Total-Number").Single());
        Assert.Equal(["member", "owner"], answer.Array.Select(role => role!["name"]!.GetValue<string>()));
        var owner = answer.Array[1]!.AsObject();
        Assert.Equal(["tenantId", "id", "name", "description", "type", "scopes", "resourceScopes"], owner.Select(p => p.Key));
        Assert.Equal(Template.FindByName("owner")!.Id, owner["id"]!.GetValue<string>());
        Assert.Equal("User", owner["type"]!.GetValue<string>());
        Assert.Equal(["edit:club-list", "invite:members", "read:club"],
            owner["scopes"]!.AsArray().Select(scope => scope!["name"]!.GetValue<string>()));
        Assert.All(owner["scopes"]!.AsArray(), scope => Assert.Matches("^[a-z0-9]{21}$", scope!["id"]!.GetValue<string>()));
        Assert.Equal(answer.Array[0]!["scopes"]![0]!["id"]!.GetValue<string>(),
            owner["scopes"]!.AsArray().Single(scope => scope!["name"]!.GetValue<string>() == "read:club")!["id"]!.GetValue<string>());
        Assert.Empty(owner["resourceScopes"]!.AsArray());
    }

    [Fact]
    public async Task OrganizationRoles_SearchWithQ_AndRefuseAPageSizeOverAHundred()
    {
        var searched = await Api.GetAsync("api/organization-roles?q=MEMB");
        var byId = await Api.GetAsync($"api/organization-roles?q={Template.FindByName("owner")!.Id}");
        var tooBig = await Api.GetAsync("api/organization-roles?page_size=101");

        Assert.Equal(["member"], searched.Array.Select(role => role!["name"]!.GetValue<string>()));
        Assert.Equal(["owner"], byId.Array.Select(role => role!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.Status);
        Assert.Equal("guard.invalid_pagination", tooBig.Code);
    }

    [Fact]
    public async Task AUser_IsTheirProfileWithHasPassword_AndAnUnknownOneIs404()
    {
        var reader = UserId(shared.Probe, TestAccount.Reader.Username);

        var found = await Api.GetAsync($"api/users/{reader}");
        var unknown = await Api.GetAsync("api/users/nosuchuser000");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(TestAccount.Reader.Name, found.Body!["name"]!.GetValue<string>());
        Assert.Equal(TestAccount.Reader.Email, found.Body["primaryEmail"]!.GetValue<string>());
        Assert.True(found.Body["hasPassword"]!.GetValue<bool>());
        Assert.Null(found.Body["password"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("entity.not_exists_with_id", unknown.Code);
    }

    [Fact]
    public async Task TheNewEndpoints_AreBehindTheManagementApiToken()
    {
        var anonymous = new ManagementApiCaller(shared.Logto, bearer: null);

        var roles = await anonymous.GetAsync("api/organization-roles");
        var user = await anonymous.GetAsync($"api/users/{UserId(shared.Probe, TestAccount.Reader.Username)}");

        Assert.Equal(HttpStatusCode.Unauthorized, roles.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, user.Status);
    }
}
