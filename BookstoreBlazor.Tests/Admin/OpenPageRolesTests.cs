using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>
/// An open page's authentication state (what its circuit authorizes with) follows the roles a refresh brought, at its
/// next revalidation: the same provider a circuit gets, fed the principal a page load would give it.
/// </summary>
public sealed class OpenPageRolesTests
{
    [Fact]
    public async Task AnOpenPage_TakesTheRolesOfItsRefreshedSession_BothWays_AndOnlyWhenTheyChange()
    {
        await using var env = await AdminEnvironment.StartAsync(new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:00.200" });
        await env.SignInAsync("admin");
        var signedIn = (await SavedTokens.ReadAsync(env)).Principal;
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

        // Revalidations (each refreshing, as tokens are always due) that change nothing push nothing.
        var refreshes = env.Logto.Statistics.RefreshTokenGrants;
        await WaitUntilAsync(() => env.Logto.Statistics.RefreshTokenGrants >= refreshes + 2,
            () => $"Two revalidations' refreshes (the page's user changed {Snapshot(changes).Count} times)");
        Assert.Empty(Snapshot(changes));

        env.Logto.SetRoles(env.UserId("admin"), "reader");
        var demoted = await NextChangeAsync(changes, 1);
        env.Logto.SetRoles(env.UserId("admin"), "reader", "admin");
        var promoted = await NextChangeAsync(changes, 2);

        Assert.Equal(["reader"], demoted.GetRoles());
        Assert.Equal(["reader", "admin"], promoted.GetRoles());
        Assert.All(new[] { demoted, promoted }, user =>
        {
            Assert.True(user.Identity?.IsAuthenticated);
            Assert.Equal(signedIn.GetSessionId(), user.GetSessionId());
            Assert.Equal(signedIn.GetUserId(), user.GetUserId());
        });
    }

    private static async Task<ClaimsPrincipal> NextChangeAsync(List<ClaimsPrincipal> changes, int count)
    {
        await WaitUntilAsync(() => Snapshot(changes).Count >= count, () => $"Change {count} of the open page's user");
        return Snapshot(changes)[count - 1];
    }

    /// <summary>Each revalidation refreshes at Logto, which a machine busy with other test runs can make slow.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> what)
    {
        var giveUp = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, $"{what()} did not happen within a minute.");
            await Task.Delay(100);
        }
    }

    private static List<ClaimsPrincipal> Snapshot(List<ClaimsPrincipal> changes)
    {
        lock (changes)
            return [.. changes];
    }
}
