using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>
/// A club's permissions come from an organization token the app gets as Logto's SDKs do (sign-in naming Logto's
/// organizations resource and the club permissions, then a refresh-token grant with <c>organization_id</c>), kept in the
/// server-side session, one per club, fetched once while fresh.
/// </summary>
public sealed class OrganizationTokenGrantTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task AnOwner_GetsEveryClubPermission_AMemberOnlyReadClub_WithOrWithoutParAndTheApiResource(bool par, bool apiResource)
    {
        var settings = apiResource ? null : new Dictionary<string, string?> { ["Logto:ApiResource"] = "" };
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = par }, settings);
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var soseki = env.ClubId(OrganizationSeed.SosekiReaders);

        var owned = await env.AccessAsync(midnight);
        var joined = await env.AccessAsync(soseki);

        // What the sign-in asked for: both resources, each its own parameter, and the clubs' scopes and permissions.
        var request = env.Logto.AuthorizationRequests.LastAuthorization!;
        Assert.Equal(apiResource ? [BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource.DefaultIndicator, LogtoOrganizations.Resource] : [LogtoOrganizations.Resource],
            request["resource"].Split(' '));
        Assert.Superset(new HashSet<string> { LogtoOrganizations.Scope, LogtoOrganizations.RolesScope, "read:club", "edit:club-list", "invite:members" },
            request["scope"].Split(' ').ToHashSet());
        Assert.Equal(par, env.Logto.AuthorizationRequests.LastPushed is not null);

        Assert.Equal((ClubAccessState.Granted, midnight), (owned.State, owned.ClubId));
        Assert.Equal(["edit:club-list", "invite:members", "read:club"], owned.Permissions.Order());
        Assert.True(owned.CanRead && owned.CanEditList && owned.CanInvite);
        Assert.Equal(ClubAccessState.Granted, joined.State);
        Assert.Equal(["read:club"], joined.Permissions);
        Assert.True(joined.CanRead);
        Assert.False(joined.CanEditList || joined.CanInvite);
        // Each club's token is Logto's organization token for that club.
        var token = OidcTestClient.Payload((await env.OrganizationTokenAsync(midnight))!);
        Assert.Equal("urn:logto:organization:" + midnight, token["aud"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFreshToken_IsAskedForOnce_EvenByManyConcurrentCallers_AndTheGrantSurvives()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var user = await env.UserAsync();
        var grantsBefore = env.Logto.Statistics.RefreshTokenGrants;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => env.Access().ForAsync(user, midnight))));
        var later = await env.Access().ForAsync(user, midnight);

        // Each grant rotates the one refresh token, and Logto revokes the grant when a rotated one comes back.
        Assert.Equal(grantsBefore + 1, env.Logto.Statistics.RefreshTokenGrants);
        Assert.All(answers.Append(later), answer => Assert.Equal(ClubAccessState.Granted, answer.State));
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A club's organization token reaching the browser",
        "Never: it is fetched server-side (refresh grant with `organization_id`) and kept in the session; no page or cookie carries it")]
    public async Task TheOrganizationToken_StaysInTheSession()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var midnight = await env.SignInWithOwnedClubTokenAsync();
        var token = (await env.OrganizationTokenAsync(midnight))!;

        var pages = new[] { await env.GoAsync("/"), await env.GoAsync("/profile"), await env.GoAsync("/clubs"), await env.GoAsync($"/clubs/{midnight}") };

        Assert.StartsWith("ey", token);
        Assert.All(pages, page => Assert.DoesNotContain(token[..40], page.Html));
        Assert.DoesNotContain(env.Browser.Cookies.GetAllCookies(), c => c.Value.Contains(token[..40]));
        Assert.Equal(token, await env.OrganizationTokenAsync(midnight));
    }
}
