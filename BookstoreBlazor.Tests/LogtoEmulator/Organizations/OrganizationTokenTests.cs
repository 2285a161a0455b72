using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Organization tokens as Logto issues them on a refresh with <c>organization_id</c>: a JWT for
/// <c>urn:logto:organization:{id}</c> whose scope is the member's organization-role permissions, asked for and granted.
/// </summary>
public sealed class OrganizationTokenTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task AnOwnersToken_IsLogtosJwtForTheOrganization_WithEveryOwnerPermission()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5) });
        var club = Club(probe, OrganizationSeed.MidnightReaders);
        var signIn = await SignInAsync(probe, "reader");

        var answer = await OrganizationTokenAsync(probe, RefreshToken(signIn), club.Id);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var audience = OrganizationUrns.Audience(club.Id);
        Assert.Equal("urn:logto:organization:" + club.Id, audience);
        var validation = await ResourceFlow.ValidateAsync(probe, answer.AccessToken, audience);
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("at+jwt", OidcTestClient.Header(answer.AccessToken)["typ"]!.GetValue<string>());
        Assert.Equal(["jti", "sub", "iat", "exp", "scope", "client_id", "iss", "aud"], answer.Claims.Select(p => p.Key));
        Assert.Equal(UserId(probe, "reader"), answer.Claims["sub"]!.GetValue<string>());
        Assert.Equal(probe.Logto.DefaultClient.ClientId, answer.Claims["client_id"]!.GetValue<string>());
        Assert.Equal(["read:club", "edit:club-list", "invite:members"], answer.Scopes);
        Assert.Equal("read:club edit:club-list invite:members", answer.Body["scope"]!.GetValue<string>());
        // Logto's organization tokens live an hour whatever the tenant's access token lifetime.
        Assert.Equal(3600, answer.Body["expires_in"]!.GetValue<long>(), tolerance: 1);
        Assert.Equal(3600, answer.Claims["exp"]!.GetValue<long>() - answer.Claims["iat"]!.GetValue<long>());
        Assert.Equal("Bearer", answer.Body["token_type"]!.GetValue<string>());
        Assert.NotEqual(RefreshToken(signIn), RefreshToken(answer.Body));
        Assert.NotNull(answer.Body["id_token"]);
    }

    [Fact]
    public async Task AMembersToken_CarriesOnlyReadClub()
    {
        await using var probe = emulator.NewProbe();
        var club = Club(probe, OrganizationSeed.SosekiReaders);

        var answer = await OrganizationTokenAsync(probe, RefreshToken(await SignInAsync(probe, "reader")), club.Id);

        Assert.Equal(["read:club"], answer.Scopes);
    }

    [Fact]
    public async Task ARequestedScope_NarrowsTheToken_AndWithoutOpenIdThereIsNoIdToken()
    {
        await using var probe = emulator.NewProbe();
        var club = Club(probe, OrganizationSeed.MidnightReaders);

        var answer = await OrganizationTokenAsync(probe, RefreshToken(await SignInAsync(probe, "reader")), club.Id, scope: "read:club");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["read:club"], answer.Scopes);
        Assert.Null(answer.Body["id_token"]);
        Assert.NotNull(answer.Body["refresh_token"]);
    }

    [Fact]
    public async Task PermissionsNotAskedForWithTheReservedResourceAtSignIn_AreNotInTheToken()
    {
        await using var probe = emulator.NewProbe();
        var club = Club(probe, OrganizationSeed.MidnightReaders);
        var withoutResource = await SignInAsync(probe, "reader", resource: null);
        var withoutNames = await SignInAsync(probe, "reader", scope: "openid offline_access " + ClaimScopes);

        var first = await OrganizationTokenAsync(probe, RefreshToken(withoutResource), club.Id);
        var second = await OrganizationTokenAsync(probe, RefreshToken(withoutNames), club.Id);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(first.Claims.ContainsKey("scope"));
        Assert.Equal("", first.Body["scope"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Empty(second.Scopes);
    }

    [Fact]
    public async Task ARoleChange_TakesEffectAtTheNextOrganizationToken()
    {
        await using var probe = emulator.NewProbe();
        var club = Club(probe, OrganizationSeed.SosekiReaders);
        var signIn = await SignInAsync(probe, "reader");
        var before = await OrganizationTokenAsync(probe, RefreshToken(signIn), club.Id);

        probe.Logto.SetOrganizationRoles(club.Id, UserId(probe, "reader"), EmulatorOrganizationRole.OwnerName);
        var after = await OrganizationTokenAsync(probe, RefreshToken(before.Body), club.Id);

        Assert.Equal(["read:club"], before.Scopes);
        Assert.Equal(["read:club", "edit:club-list", "invite:members"], after.Scopes);
    }

    [Fact]
    public async Task APlainRefresh_StaysOpaque_AndItsScopeNamesNoOrganizationPermission()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "reader");

        var plain = await ResourceFlow.RefreshAsync(probe, signIn, resource: null);

        Assert.DoesNotContain('.', ResourceFlow.AccessToken(plain));
        Assert.Equal("openid offline_access profile email " + ClaimScopes, plain["scope"]!.GetValue<string>());
    }
}
