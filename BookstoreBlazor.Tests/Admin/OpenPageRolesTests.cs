using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Infrastructure;

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
        using var page = new OpenPage(env, signedIn);

        // Revalidations (each refreshing, as tokens are always due) that change nothing push nothing.
        var refreshes = env.Logto.Statistics.RefreshTokenGrants;
        await OpenPage.WaitUntilAsync(() => env.Logto.Statistics.RefreshTokenGrants >= refreshes + 2,
            () => $"Two revalidations' refreshes (the page's user changed {page.Changes.Count} times)");
        Assert.Empty(page.Changes);

        env.Logto.SetRoles(env.UserId("admin"), "reader");
        var demoted = await page.NextChangeAsync(1);
        env.Logto.SetRoles(env.UserId("admin"), "reader", "admin");
        var promoted = await page.NextChangeAsync(2);

        Assert.Equal(["reader"], demoted.GetRoles());
        Assert.Equal(["reader", "admin"], promoted.GetRoles());
        Assert.All(new[] { demoted, promoted }, user =>
        {
            Assert.True(user.Identity?.IsAuthenticated);
            Assert.Equal(signedIn.GetSessionId(), user.GetSessionId());
            Assert.Equal(signedIn.GetUserId(), user.GetUserId());
        });
    }
}
