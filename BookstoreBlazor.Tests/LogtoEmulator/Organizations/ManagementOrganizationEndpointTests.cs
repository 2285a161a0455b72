using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>The Management API's organization, member and member-role endpoints, in Logto's shapes and status codes.</summary>
public sealed class ManagementOrganizationEndpointTests(SharedManagementApi shared) : IClassFixture<SharedManagementApi>
{
    private ManagementApiCaller Api => shared.Api;

    [Fact]
    public async Task GetOrganization_AnswersLogtosShape_Or404()
    {
        var club = shared.Logto.CreateOrganization("수요 북클럽", "수요일 저녁");

        var found = await Api.GetAsync($"api/organizations/{club.Id}");
        var missing = await Api.GetAsync("api/organizations/nosuchclub00");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(["tenantId", "id", "name", "description", "customData", "isMfaRequired", "createdAt"],
            found.Body!.AsObject().Select(p => p.Key));
        Assert.Equal("default", found.Body["tenantId"]!.GetValue<string>());
        Assert.Equal(club.Id, found.Body["id"]!.GetValue<string>());
        Assert.Equal(12, club.Id.Length);
        Assert.Matches("^[a-z0-9]{12}$", club.Id);
        Assert.Equal("수요일 저녁", found.Body["description"]!.GetValue<string>());
        Assert.Equal(club.CreatedAt.ToUnixTimeMilliseconds(), found.Body["createdAt"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("entity.not_found", missing.Code);
    }

    [Fact]
    public async Task AUsersOrganizations_ComeWithTheirRoles_AndAnUnknownUserIs404()
    {
        var reader = UserId(shared.Probe, "reader");

        var answer = await Api.GetAsync($"api/users/{reader}/organizations");
        var unknown = await Api.GetAsync("api/users/nosuchuser000/organizations");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var midnight = answer.Array.Single(item => item!["name"]!.GetValue<string>() == "한밤의 독서회")!;
        Assert.Equal("owner", midnight["organizationRoles"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(shared.Logto.Organizations.Template.FindByName("owner")!.Id, midnight["organizationRoles"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("entity.not_exists_with_id", unknown.Code);
    }

    [Fact]
    public async Task AddingMembers_Is201_ListsThemWithRolesAndProfile_AndIgnoresOnesAlreadyIn()
    {
        var club = shared.Logto.CreateOrganization("토요 독서회");
        var first = shared.NewUser("첫째");
        var second = shared.NewUser("둘째");

        var added = await Api.PostAsync($"api/organizations/{club.Id}/users", new JsonObject { ["userIds"] = new JsonArray(first, second) });
        var again = await Api.PostAsync($"api/organizations/{club.Id}/users", new JsonObject { ["userIds"] = new JsonArray(first) });
        var roles = await Api.PostAsync($"api/organizations/{club.Id}/users/{first}/roles",
            new JsonObject { ["organizationRoleNames"] = new JsonArray("owner") });
        var members = await Api.GetAsync($"api/organizations/{club.Id}/users");

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal([first, second], Strings(added.Body!["userIds"]));
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(HttpStatusCode.Created, roles.Status);
        Assert.Equal([shared.Logto.Organizations.Template.FindByName("owner")!.Id], Strings(roles.Body!["organizationRoleIds"]));
        Assert.Equal(HttpStatusCode.OK, members.Status);
        Assert.Equal("2", members.Response.Headers.GetValues("Total-Number").Single());
        var owner = members.Array[0]!.AsObject();
        Assert.Equal(first, owner["id"]!.GetValue<string>());
        Assert.Equal("첫째", owner["name"]!.GetValue<string>());
        Assert.EndsWith("@example.com", owner["primaryEmail"]!.GetValue<string>());
        Assert.StartsWith("첫째", owner["username"]!.GetValue<string>());
        Assert.True(owner.ContainsKey("avatar"));
        Assert.False(owner.ContainsKey("password"));
        Assert.Equal(["owner"], owner["organizationRoles"]!.AsArray().Select(role => role!["name"]!.GetValue<string>()));
        Assert.Empty(members.Array[1]!["organizationRoles"]!.AsArray());
    }

    [Fact]
    public async Task MembersArePaginated_AndAnUnknownOrganizationHasNone()
    {
        var club = shared.Logto.CreateOrganization("페이지 모임");
        var ids = Enumerable.Range(0, 3).Select(i => shared.NewUser("p" + i)).ToArray();
        foreach (var id in ids)
            shared.Logto.AddOrganizationMember(club.Id, id);

        var page2 = await Api.GetAsync($"api/organizations/{club.Id}/users?page=2&page_size=2");
        var search = await Api.GetAsync($"api/organizations/{club.Id}/users?q=P1");
        var unknown = await Api.GetAsync("api/organizations/nosuchclub00/users");
        var invalid = await Api.GetAsync($"api/organizations/{club.Id}/users?page=0");

        Assert.Equal([ids[2]], page2.Array.Select(member => member!["id"]!.GetValue<string>()));
        Assert.Equal("3", page2.Response.Headers.GetValues("Total-Number").Single());
        Assert.Equal([ids[1]], search.Array.Select(member => member!["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Empty(unknown.Array);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
    }

    [Fact]
    public async Task AddingAnUnknownUserOrToAnUnknownClub_Is422_AndNoUserIdsIs400()
    {
        var club = shared.Logto.CreateOrganization("오류 모임");
        var user = shared.NewUser("누구");

        var unknownUser = await Api.PostAsync($"api/organizations/{club.Id}/users", new JsonObject { ["userIds"] = new JsonArray(user, "nosuchuser000") });
        var unknownClub = await Api.PostAsync("api/organizations/nosuchclub00/users", new JsonObject { ["userIds"] = new JsonArray(user) });
        var empty = await Api.PostAsync($"api/organizations/{club.Id}/users", new JsonObject { ["userIds"] = new JsonArray() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownUser.Status);
        Assert.Equal("entity.relation_foreign_key_not_found", unknownUser.Code);
        Assert.False(shared.Logto.Organizations.IsMember(club.Id, user));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownClub.Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("guard.invalid_input", empty.Code);
    }

    [Fact]
    public async Task RemovingAMember_Is204_TakesTheirRolesToo_AndAgainIs404()
    {
        var club = shared.Logto.CreateOrganization("떠나는 모임");
        var user = shared.NewUser("떠날이");
        shared.Logto.AddOrganizationMember(club.Id, user, "owner");

        var removed = await Api.DeleteAsync($"api/organizations/{club.Id}/users/{user}");
        var again = await Api.DeleteAsync($"api/organizations/{club.Id}/users/{user}");
        shared.Logto.AddOrganizationMember(club.Id, user);

        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal("entity.not_found", again.Code);
        // Logto deletes the member's organization roles with the membership: re-added, they have none.
        Assert.Empty(shared.Logto.Organizations.RolesOf(club.Id, user));
    }

    [Fact]
    public async Task RolesAreForMembersOnly_ByIdOrName_AndUnknownNamesAreNamedBack()
    {
        var club = shared.Logto.CreateOrganization("역할 모임");
        var member = shared.NewUser("회원");
        var outsider = shared.NewUser("바깥");
        shared.Logto.AddOrganizationMember(club.Id, member);
        var memberRoleId = shared.Logto.Organizations.Template.FindByName("member")!.Id;

        var byId = await Api.PostAsync($"api/organizations/{club.Id}/users/{member}/roles",
            new JsonObject { ["organizationRoleIds"] = new JsonArray(memberRoleId) });
        var notMember = await Api.PostAsync($"api/organizations/{club.Id}/users/{outsider}/roles",
            new JsonObject { ["organizationRoleNames"] = new JsonArray("owner") });
        var unknownName = await Api.PostAsync($"api/organizations/{club.Id}/users/{member}/roles",
            new JsonObject { ["organizationRoleNames"] = new JsonArray("president") });
        var listed = await Api.GetAsync($"api/organizations/{club.Id}/users/{member}/roles");

        Assert.Equal(HttpStatusCode.Created, byId.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMember.Status);
        Assert.Equal("organization.require_membership", notMember.Code);
        Assert.False(shared.Logto.Organizations.IsMember(club.Id, outsider));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownName.Status);
        Assert.Equal("organization.role_names_not_found", unknownName.Code);
        Assert.Contains("president", unknownName.Message);
        Assert.Equal(["member"], listed.Array.Select(role => role!["name"]!.GetValue<string>()));
    }
}
