using System.Security.Claims;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

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
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        Assert.Equal(ClubAccessState.Granted, (await env.AccessAsync(midnight)).State);
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
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        Assert.True((await env.AccessAsync(midnight)).CanInvite);

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
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        Assert.Equal(ClubAccessState.Granted, (await env.AccessAsync(midnight)).State);
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
        using var circuit = env.App.Services.CreateScope();
        var provider = (SessionRevalidatingAuthenticationStateProvider)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn)));
        var changes = new List<ClaimsPrincipal>();
        provider.AuthenticationStateChanged += async state =>
        {
            var user = (await state).User;
            lock (changes)
                changes.Add(user);
        };

        env.Logto.RemoveOrganizationMember(midnight, env.UserId("reader"));
        var removed = await NextChangeAsync(changes, 1);
        env.Logto.AddOrganizationMember(midnight, env.UserId("reader"), EmulatorOrganizationRole.MemberName);
        var readded = await NextChangeAsync(changes, 2);

        Assert.Contains(midnight, signedIn.Clubs());
        Assert.DoesNotContain(midnight, removed.Clubs());
        Assert.Contains(midnight, readded.Clubs());
        Assert.Contains($"{midnight}:member", readded.ClubRoles());
        Assert.Equal(signedIn.FindFirst("bookstore:session")?.Value, readded.FindFirst("bookstore:session")?.Value);
    }

    private static async Task<ClaimsPrincipal> NextChangeAsync(List<ClaimsPrincipal> changes, int count)
    {
        // Each revalidation refreshes at Logto, which a machine busy with other test runs can make slow.
        var giveUp = DateTime.UtcNow.AddMinutes(1);
        while (Snapshot(changes).Count < count)
        {
            Assert.True(DateTime.UtcNow < giveUp, $"Change {count} of the open page's user did not happen within a minute.");
            await Task.Delay(100);
        }

        return Snapshot(changes)[count - 1];
    }

    private static List<ClaimsPrincipal> Snapshot(List<ClaimsPrincipal> changes)
    {
        lock (changes)
            return [.. changes];
    }
}
