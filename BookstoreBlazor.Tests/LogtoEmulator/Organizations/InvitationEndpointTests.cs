using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Organization invitations through the Management API: create, accept (joining with the invitation's roles), decline
/// (revoke), and Logto's refusals for reuse, expiry, revocation and the wrong email.
/// </summary>
public sealed class InvitationEndpointTests(SharedManagementApi shared) : IClassFixture<SharedManagementApi>
{
    private ManagementApiCaller Api => shared.Api;

    private string OwnerRoleId => shared.Logto.Organizations.Template.FindByName("owner")!.Id;

    private string MemberRoleId => shared.Logto.Organizations.Template.FindByName("member")!.Id;

    private static long InADay => DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds();

    private static JsonObject Status(string status, string? acceptedUserId = null) =>
        new() { ["status"] = status, ["acceptedUserId"] = acceptedUserId };

    private async Task<(string ClubId, string Inviter, string Invitee, JsonObject Invitation)> InviteAsync(params string[] roleIds)
    {
        var club = shared.Logto.CreateOrganization("초대 모임");
        var inviter = shared.NewUser("모임장");
        shared.Logto.AddOrganizationMember(club.Id, inviter, "owner");
        var invitee = shared.NewUser("손님");
        var created = await Api.PostAsync("api/organization-invitations", new JsonObject
        {
            ["inviterId"] = inviter,
            ["invitee"] = shared.Logto.Users.FindById(invitee)!.Email,
            ["organizationId"] = club.Id,
            ["expiresAt"] = InADay,
            ["organizationRoleIds"] = new JsonArray([.. roleIds.Select(id => (JsonNode)id)]),
            ["messagePayload"] = new JsonObject { ["link"] = "https://bookstore.example/clubs/invitations" },
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return (club.Id, inviter, invitee, created.Body!.AsObject());
    }

    [Fact]
    public async Task Creating_Is201_InLogtosShape_AndKeepsTheMessagePayload()
    {
        var (clubId, inviter, invitee, invitation) = await InviteAsync(MemberRoleId);

        Assert.Equal(["tenantId", "id", "inviterId", "invitee", "acceptedUserId", "organizationId", "status", "createdAt",
            "updatedAt", "expiresAt", "organizationRoles"], invitation.Select(p => p.Key));
        Assert.Equal("Pending", invitation["status"]!.GetValue<string>());
        Assert.Equal(inviter, invitation["inviterId"]!.GetValue<string>());
        Assert.Equal(shared.Logto.Users.FindById(invitee)!.Email, invitation["invitee"]!.GetValue<string>());
        Assert.Equal(clubId, invitation["organizationId"]!.GetValue<string>());
        Assert.Null(invitation["acceptedUserId"]);
        Assert.Equal([new { id = MemberRoleId, name = "member" }],
            invitation["organizationRoles"]!.AsArray().Select(role => new { id = role!["id"]!.GetValue<string>(), name = role["name"]!.GetValue<string>() }));
        var stored = shared.Logto.Invitations.Find(invitation["id"]!.GetValue<string>())!;
        Assert.Equal("https://bookstore.example/clubs/invitations", stored.MessagePayload!["link"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accepting_AddsTheInviteeWithTheInvitationsRoles_AndASecondAcceptIs422()
    {
        var (clubId, _, invitee, invitation) = await InviteAsync(OwnerRoleId);
        var path = $"api/organization-invitations/{invitation["id"]}/status";

        var accepted = await Api.PutAsync(path, Status("Accepted", invitee));
        var again = await Api.PutAsync(path, Status("Accepted", invitee));

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("Accepted", accepted.Body!["status"]!.GetValue<string>());
        Assert.Equal(invitee, accepted.Body["acceptedUserId"]!.GetValue<string>());
        Assert.Equal(["owner"], shared.Logto.Organizations.RolesOf(clubId, invitee).Select(role => role.Name));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal("request.invalid_input", again.Code);
        Assert.Equal("Input is invalid. The status of the invitation cannot be changed anymore.", again.Message);
    }

    [Fact]
    public async Task Declining_RevokesIt_AndItCannotBeAcceptedAfterwards()
    {
        var (clubId, _, invitee, invitation) = await InviteAsync(MemberRoleId);
        var path = $"api/organization-invitations/{invitation["id"]}/status";

        var revoked = await Api.PutAsync(path, Status("Revoked"));
        var accepted = await Api.PutAsync(path, Status("Accepted", invitee));

        Assert.Equal("Revoked", revoked.Body!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accepted.Status);
        Assert.Equal("Input is invalid. The status of the invitation cannot be changed anymore.", accepted.Message);
        Assert.False(shared.Logto.Organizations.IsMember(clubId, invitee));
    }

    [Fact]
    public async Task AnExpiredInvitation_ReadsAsExpired_AndCannotBeAccepted()
    {
        var club = shared.Logto.CreateOrganization("지난 모임");
        var invitee = shared.NewUser("늦은이");
        var expired = shared.Logto.CreateInvitation(club.Id, shared.Logto.Users.FindById(invitee)!.Email!,
            DateTimeOffset.UtcNow.AddMinutes(-1), roles: "member")!;

        var read = await Api.GetAsync($"api/organization-invitations/{expired.Id}");
        var accepted = await Api.PutAsync($"api/organization-invitations/{expired.Id}/status", Status("Accepted", invitee));

        Assert.Equal(InvitationStatus.Pending, expired.StoredStatus);
        Assert.Equal("Expired", read.Body!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accepted.Status);
        Assert.Equal("Input is invalid. The status of the invitation cannot be changed anymore.", accepted.Message);
        Assert.False(shared.Logto.Organizations.IsMember(club.Id, invitee));
    }

    [Fact]
    public async Task AcceptingAsSomeoneWithAnotherEmail_OrWithoutAUser_Is422()
    {
        var (clubId, _, _, invitation) = await InviteAsync(MemberRoleId);
        var stranger = shared.NewUser("남");
        var path = $"api/organization-invitations/{invitation["id"]}/status";

        var wrongEmail = await Api.PutAsync(path, Status("Accepted", stranger));
        var noUser = await Api.PutAsync(path, Status("Accepted"));
        var badStatus = await Api.PutAsync(path, Status("Expired"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongEmail.Status);
        Assert.Equal("Input is invalid. The accepted user must have the same email as the invitee.", wrongEmail.Message);
        Assert.False(shared.Logto.Organizations.IsMember(clubId, stranger));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noUser.Status);
        Assert.Equal("Input is invalid. The `acceptedUserId` is required when accepting an invitation.", noUser.Message);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.Status);
        Assert.Equal("guard.invalid_input", badStatus.Code);
        Assert.Equal("Pending", (await Api.GetAsync($"api/organization-invitations/{invitation["id"]}")).Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatingIsRefused_ForAPastExpiry_AMember_ASecondPendingOne_OrAnUnknownClub()
    {
        var (clubId, inviter, invitee, _) = await InviteAsync(MemberRoleId);
        JsonObject Body(string organizationId, string email, long expiresAt) =>
            new() { ["invitee"] = email, ["organizationId"] = organizationId, ["expiresAt"] = expiresAt };
        var inviteeEmail = shared.Logto.Users.FindById(invitee)!.Email!;

        var past = await Api.PostAsync("api/organization-invitations", Body(clubId, "new@example.com", DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds()));
        var member = await Api.PostAsync("api/organization-invitations", Body(clubId, shared.Logto.Users.FindById(inviter)!.Email!, InADay));
        var duplicate = await Api.PostAsync("api/organization-invitations", Body(clubId, inviteeEmail.ToUpperInvariant(), InADay));
        var unknownClub = await Api.PostAsync("api/organization-invitations", Body("nosuchclub00", inviteeEmail, InADay));

        Assert.Equal(HttpStatusCode.BadRequest, past.Status);
        Assert.Equal("Input is invalid. The value of `expiresAt` must be in the future.", past.Message);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, member.Status);
        Assert.Equal("Input is invalid. The invitee is already a member of the organization.", member.Message);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.Status);
        Assert.Equal("entity.unique_integrity_violation", duplicate.Code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownClub.Status);
        Assert.Equal("entity.relation_foreign_key_not_found", unknownClub.Code);
    }

    [Fact]
    public async Task AnExpiredPendingOne_DoesNotBlockANewInvitation_AndIsMarkedExpired()
    {
        var club = shared.Logto.CreateOrganization("다시 모임");
        var old = shared.Logto.CreateInvitation(club.Id, "again@example.com", DateTimeOffset.UtcNow.AddMinutes(-1))!;

        var fresh = await Api.PostAsync("api/organization-invitations",
            new JsonObject { ["invitee"] = "again@example.com", ["organizationId"] = club.Id, ["expiresAt"] = InADay });

        Assert.Equal(HttpStatusCode.Created, fresh.Status);
        Assert.Equal(InvitationStatus.Expired, shared.Logto.Invitations.Find(old.Id)!.StoredStatus);
    }

    [Fact]
    public async Task Listing_FiltersByOrganizationInviterAndInvitee_NewestFirst_AndDeletingIs204Then404()
    {
        var (clubId, inviter, invitee, invitation) = await InviteAsync(MemberRoleId);
        var second = shared.Logto.CreateInvitation(clubId, "second@example.com", DateTimeOffset.UtcNow.AddDays(1), inviter)!;
        var id = invitation["id"]!.GetValue<string>();
        var email = shared.Logto.Users.FindById(invitee)!.Email!;

        var byClub = await Api.GetAsync($"api/organization-invitations?organizationId={clubId}");
        var byInviter = await Api.GetAsync($"api/organization-invitations?inviterId={inviter}");
        var byInvitee = await Api.GetAsync($"api/organization-invitations?invitee={Uri.EscapeDataString(email.ToUpperInvariant())}");
        var deleted = await Api.DeleteAsync($"api/organization-invitations/{id}");
        var deletedAgain = await Api.DeleteAsync($"api/organization-invitations/{id}");
        var gone = await Api.GetAsync($"api/organization-invitations/{id}");

        Assert.Equal([second.Id, id], byClub.Array.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal([second.Id, id], byInviter.Array.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal([id], byInvitee.Array.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("entity.not_found", gone.Code);
    }
}
