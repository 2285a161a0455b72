using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Who may have an organization token, in Logto's order and wording: members only (403 <c>access_denied</c>, also for an
/// organization that does not exist), and only with a refresh token holding <c>urn:logto:scope:organizations</c> (403
/// <c>insufficient_scope</c>). A refused request leaves the refresh token usable.
/// </summary>
public sealed class OrganizationAccessTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    public static TheoryData<string> NotTheirs => new() { "another club", "unknown", "forged" };

    [Theory]
    [MemberData(nameof(NotTheirs))]
    public async Task AnOrganizationTheUserIsNotIn_Is403AccessDenied_AndTheRefreshTokenStillWorks(string which)
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "admin");
        var organizationId = which switch
        {
            // The admin is in 漱石を読む会 only.
            "another club" => Club(probe, OrganizationSeed.MidnightReaders).Id,
            "unknown" => "1",
            _ => Club(probe, OrganizationSeed.SosekiReaders).Id + "' OR '1'='1",
        };

        var refused = await OrganizationTokenAsync(probe, RefreshToken(signIn), organizationId);
        var own = await OrganizationTokenAsync(probe, RefreshToken(signIn), Club(probe, OrganizationSeed.SosekiReaders).Id);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("access_denied", refused.Error);
        Assert.Equal("user is not a member of the organization", refused.ErrorDescription);
        Assert.Equal("oidc.access_denied", refused.Body["code"]!.GetValue<string>());
        Assert.Null(refused.Body["access_token"]);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(["read:club", "edit:club-list", "invite:members"], own.Scopes);
    }

    [Fact]
    public async Task ARefreshTokenWithoutTheOrganizationsScope_Is403InsufficientScope_AndStillWorks()
    {
        await using var probe = emulator.NewProbe();
        var club = Club(probe, OrganizationSeed.MidnightReaders);
        var signIn = await SignInAsync(probe, "reader", scope: "openid offline_access " + Permissions);

        var refused = await OrganizationTokenAsync(probe, RefreshToken(signIn), club.Id);
        var plain = await ResourceFlow.RefreshAsync(probe, signIn, resource: null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("insufficient_scope", refused.Error);
        Assert.Equal("refresh token missing required scope", refused.ErrorDescription);
        Assert.Equal("urn:logto:scope:organizations", refused.Body["scope"]!.GetValue<string>());
        Assert.Equal("oidc.insufficient_scope", refused.Body["code"]!.GetValue<string>());
        Assert.Null(plain["error"]);
    }

    [Fact]
    public async Task MembershipIsCheckedBeforeTheScope_AsLogtosCurrentSourceDoes()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "admin", scope: "openid offline_access");

        var refused = await OrganizationTokenAsync(probe, RefreshToken(signIn), Club(probe, OrganizationSeed.MidnightReaders).Id);

        Assert.Equal("access_denied", refused.Error);
    }

    [Fact]
    public async Task ARemovedMember_IsDeniedTheNextToken_AndTheNextIdTokenAndUserInfoNoLongerNameTheClub()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var club = Club(probe, OrganizationSeed.SosekiReaders);
        var signIn = await SignInAsync(probe, "reader");
        var first = await OrganizationTokenAsync(probe, RefreshToken(signIn), club.Id);

        Assert.True(probe.Logto.RemoveOrganizationMember(club.Id, UserId(probe, "reader")));
        var denied = await OrganizationTokenAsync(probe, RefreshToken(first.Body), club.Id);
        var refreshed = await ResourceFlow.RefreshAsync(probe, first.Body, resource: null);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Equal("access_denied", denied.Error);
        var idToken = OidcTestClient.Payload(refreshed["id_token"]!.GetValue<string>());
        Assert.Equal([Club(probe, OrganizationSeed.MidnightReaders).Id], Strings(idToken["organizations"]));
        Assert.DoesNotContain(Strings(idToken["organization_roles"]), role => role.StartsWith(club.Id, StringComparison.Ordinal));
        var userInfo = await probe.Client.UserInfoAsync(ResourceFlow.AccessToken(refreshed));
        Assert.DoesNotContain(Strings(userInfo["organizations"]), id => id == club.Id);
        Assert.Empty(probe.Logto.Organizations.RolesOf(club.Id, UserId(probe, "reader")));
    }

    [Fact]
    public async Task WithAResourceToo_TheTokenIsTheApisWithScopesFromTheOrganizationRoles_AndTheOrganizationsId()
    {
        var owner = EmulatorOrganizationRole.Owner with
        {
            ResourcePermissions = [new(EmulatorApiResource.DefaultIndicator, EmulatorApiResource.WriteBooks)],
        };
        var options = new LogtoEmulatorOptions { OrganizationRoles = [owner, EmulatorOrganizationRole.Member] };
        await using var probe = await EmulatorProbe.StartAsync(options);
        var soseki = Club(probe, OrganizationSeed.SosekiReaders);
        var midnight = Club(probe, OrganizationSeed.MidnightReaders);
        var signIn = await ResourceFlow.SignInAsync(probe, "reader", scope: "openid offline_access urn:logto:scope:organizations read:shelf write:books");

        var asOwner = await OrganizationTokenAsync(probe, RefreshToken(signIn), midnight.Id, resource: EmulatorApiResource.DefaultIndicator);
        var asMember = await OrganizationTokenAsync(probe, RefreshToken(asOwner.Body), soseki.Id, resource: EmulatorApiResource.DefaultIndicator);
        var stranger = probe.Logto.CreateOrganization("낯선 모임");
        var refused = await OrganizationTokenAsync(probe, RefreshToken(asMember.Body), stranger.Id, resource: EmulatorApiResource.DefaultIndicator);

        Assert.True((await ResourceFlow.ValidateAsync(probe, asOwner.AccessToken)).IsValid);
        Assert.Equal(["jti", "sub", "iat", "exp", "scope", "client_id", "iss", "aud", "organization_id"], asOwner.Claims.Select(p => p.Key));
        Assert.Equal(midnight.Id, asOwner.Claims["organization_id"]!.GetValue<string>());
        // The reader's own role (reader) grants read:shelf, but inside a club only the club roles count.
        Assert.Equal(["write:books"], asOwner.Scopes);
        Assert.Empty(asMember.Scopes);
        Assert.Equal(soseki.Id, asMember.Claims["organization_id"]!.GetValue<string>());
        Assert.Equal("access_denied", refused.Error);
    }
}
