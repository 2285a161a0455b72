using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Logto's organization claims: <c>organizations</c> and <c>organization_roles</c> in the ID token and userinfo for their
/// scopes, <c>organization_data</c> in userinfo only, all read fresh each time.
/// </summary>
public sealed class OrganizationClaimsTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task WithBothScopes_TheIdTokenAndUserInfo_NameTheUsersClubsAndRoles()
    {
        await using var probe = emulator.NewProbe();
        var midnight = Club(probe, OrganizationSeed.MidnightReaders);
        var soseki = Club(probe, OrganizationSeed.SosekiReaders);

        var tokens = await SignInAsync(probe, "reader");
        var idToken = OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>());
        var userInfo = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(tokens));

        Assert.Equal([midnight.Id, soseki.Id], Strings(idToken["organizations"]));
        Assert.Equal([$"{midnight.Id}:owner", $"{soseki.Id}:member"], Strings(idToken["organization_roles"]));
        Assert.False(idToken.ContainsKey("organization_data"));
        Assert.Equal([midnight.Id, soseki.Id], Strings(userInfo["organizations"]));
        Assert.Equal([$"{midnight.Id}:owner", $"{soseki.Id}:member"], Strings(userInfo["organization_roles"]));
        var data = userInfo["organization_data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.Equal(["id", "name", "description"], data[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(midnight.Id, data[0]!["id"]!.GetValue<string>());
        Assert.Equal("한밤의 독서회", data[0]!["name"]!.GetValue<string>());
        Assert.Equal("漱石を読む会", data[1]!["name"]!.GetValue<string>());
        Assert.Equal(OrganizationSeed.SosekiReaders.Description, data[1]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutTheScopes_ThereAreNoOrganizationClaims()
    {
        await using var probe = emulator.NewProbe();

        var tokens = await SignInAsync(probe, "reader", scope: "openid offline_access profile", resource: null);
        var idToken = OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>());
        var userInfo = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(tokens));

        foreach (var claims in new[] { idToken, userInfo })
        {
            Assert.False(claims.ContainsKey("organizations"));
            Assert.False(claims.ContainsKey("organization_roles"));
            Assert.False(claims.ContainsKey("organization_data"));
        }
    }

    [Fact]
    public async Task TheOrganizationsScopeAlone_GivesNoRoles_AndARolesScopeAloneGivesNoOrganizations()
    {
        await using var probe = emulator.NewProbe();

        var organizationsOnly = await SignInAsync(probe, "admin", scope: "openid urn:logto:scope:organizations", resource: null);
        var rolesOnly = await SignInAsync(probe, "admin", scope: "openid urn:logto:scope:organization_roles", resource: null);

        var first = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(organizationsOnly));
        var second = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(rolesOnly));
        Assert.Equal([Club(probe, OrganizationSeed.SosekiReaders).Id], Strings(first["organizations"]));
        Assert.False(first.ContainsKey("organization_roles"));
        Assert.Equal([$"{Club(probe, OrganizationSeed.SosekiReaders).Id}:owner"], Strings(second["organization_roles"]));
        Assert.False(second.ContainsKey("organizations"));
        Assert.False(second.ContainsKey("organization_data"));
    }

    [Fact]
    public async Task AKakaoAccount_JoinsItsSeededClub_WhenItsUserIsFirstCreated()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var midnight = Club(probe, OrganizationSeed.MidnightReaders);
        Assert.Null(probe.Logto.FindKakaoUser(KakaoAccount.Tester));

        var tokens = await ResourceFlow.SignInWithKakaoAsync(probe, KakaoAccount.Tester, scope: Scope);

        var user = probe.Logto.FindKakaoUser(KakaoAccount.Tester)!;
        var membership = Assert.Single(probe.Logto.FindUserOrganizations(user.Id));
        Assert.Equal(midnight.Id, membership.Organization.Id);
        Assert.Equal(["member"], membership.Roles.Select(role => role.Name));
        Assert.Equal("kakao.tester@example.com", user.Email);
        var idToken = OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>());
        Assert.Equal([$"{midnight.Id}:member"], Strings(idToken["organization_roles"]));
    }

    [Fact]
    public async Task AClubJoinedAfterSignIn_ShowsInTheNextRefreshedIdTokenAndUserInfo()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var tokens = await SignInAsync(probe, "admin");
        var club = probe.Logto.CreateOrganization("책 읽는 밤", null);

        probe.Logto.AddOrganizationMember(club.Id, UserId(probe, "admin"), EmulatorOrganizationRole.MemberName);
        var refreshed = await ResourceFlow.RefreshAsync(probe, tokens, resource: null);

        var idToken = OidcTestClient.Payload(refreshed["id_token"]!.GetValue<string>());
        Assert.Contains($"{club.Id}:member", Strings(idToken["organization_roles"]));
        var userInfo = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(refreshed));
        Assert.Contains(userInfo["organization_data"]!.AsArray(),
            item => item!["id"]!.GetValue<string>() == club.Id && item["description"] is null);
    }
}
