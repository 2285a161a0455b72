using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>
/// Memberships and organization roles changed at Logto count from the user's next refresh: it drops the session's
/// organization tokens, so the next one is asked for again (and refused, or carries the new role's permissions), and
/// its ID token's <c>organizations</c> claims replace the old ones, also on open pages.
/// </summary>
public sealed class MembershipChangeTests
{
    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A member removed from a club in Logto while signed in",
        "Loses the club at their next refresh: its organization token is dropped, the next is refused (not a member), and the club leaves their claims")]
    public async Task ARemovedMember_IsNotAMemberAfterTheirNextRefresh_AndNoLongerListsTheClub()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var midnight = await env.SignInWithOwnedClubTokenAsync();
        Assert.Contains(midnight, (await env.UserAsync()).Clubs());

        env.Logto.RemoveOrganizationMember(midnight, env.UserId("reader"));
        // Until then the token Logto issued stands, as Logto's own JWT does until it expires.
        var beforeRefresh = await env.AccessAsync(midnight);
        var refreshed = await env.Access().RefreshMembershipsAsync(await env.UserAsync());
        var afterRefresh = await env.AccessAsync(midnight);

        Assert.Equal(ClubAccessState.Granted, beforeRefresh.State);
        Assert.True(refreshed);
        Assert.Equal(ClubAccessState.NotAMember, afterRefresh.State);
        var user = await env.UserAsync();
        Assert.DoesNotContain(midnight, user.Clubs());
        Assert.DoesNotContain(user.ClubRoles(), role => role.StartsWith(midnight + ":", StringComparison.Ordinal));
        Assert.Contains(env.ClubId(OrganizationSeed.SosekiReaders), user.Clubs());
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    public async Task AnOwnerMadeAMember_HasOnlyReadClubAfterTheirNextRefresh()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var midnight = await env.SignInWithOwnedClubTokenAsync();

        env.Logto.SetOrganizationRoles(midnight, env.UserId("reader"), EmulatorOrganizationRole.MemberName);
        var grantsBefore = env.Logto.Statistics.RefreshTokenGrants;
        Assert.True(await env.Access().RefreshMembershipsAsync(await env.UserAsync()));
        var demoted = await env.AccessAsync(midnight);

        // One refresh of the user's tokens, then one new organization token.
        Assert.Equal(grantsBefore + 2, env.Logto.Statistics.RefreshTokenGrants);
        Assert.Equal(ClubAccessState.Granted, demoted.State);
        Assert.Equal(["read:club"], demoted.Permissions);
        Assert.Contains($"{midnight}:member", (await env.UserAsync()).ClubRoles());
        Assert.DoesNotContain($"{midnight}:owner", (await env.UserAsync()).ClubRoles());
    }

    [Fact]
    public async Task ARefreshOnAPageLoad_DropsTheOrganizationTokens()
    {
        // Tokens live a minute, inside the five-minute leeway: every page load refreshes the user's tokens.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(1) });
        var midnight = await env.SignInWithOwnedClubTokenAsync();
        Assert.NotNull(await env.OrganizationTokenAsync(midnight));
        var refreshToken = await env.RefreshTokenAsync();

        await env.GoAsync("/");

        Assert.NotEqual(refreshToken, await env.RefreshTokenAsync());
        Assert.Null(await env.OrganizationTokenAsync(midnight));
    }

    [Fact]
    public async Task AnOpenPage_TakesTheClubsOfItsRefreshedSession()
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(1) },
            new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:00.200" });
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var signedIn = await env.UserAsync();
        using var page = new OpenPage(env, signedIn);

        env.Logto.RemoveOrganizationMember(midnight, env.UserId("reader"));
        var removed = await page.NextChangeAsync(1);
        env.Logto.AddOrganizationMember(midnight, env.UserId("reader"), EmulatorOrganizationRole.MemberName);
        var readded = await page.NextChangeAsync(2);

        Assert.Contains(midnight, signedIn.Clubs());
        Assert.DoesNotContain(midnight, removed.Clubs());
        Assert.Contains(midnight, readded.Clubs());
        Assert.Contains($"{midnight}:member", readded.ClubRoles());
        Assert.Equal(signedIn.FindFirst("bookstore:session")?.Value, readded.FindFirst("bookstore:session")?.Value);
    }
}
