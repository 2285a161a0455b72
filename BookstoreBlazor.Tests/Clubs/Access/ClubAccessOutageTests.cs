using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>While the session database cannot be written, club access is unknown, not refused, and nothing is spent.</summary>
public sealed class ClubAccessOutageTests
{
    [Fact]
    public async Task WhileTheSessionFileIsLocked_AccessIsUnavailable_AndAfterwardsGranted()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Sessions:DatabaseTimeout"] = "00:00:01",
            ["Sessions:CacheDuration"] = "00:00:00.001",
        });
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var user = await env.UserAsync();
        var grantsBefore = env.Logto.Statistics.RefreshTokenGrants;

        ClubAccess during;
        bool refreshedDuring;
        using (SqliteWriteLock.Take(env.App.DatabasePath!))
        {
            during = await env.Access().ForAsync(user, midnight);
            refreshedDuring = await env.Access().RefreshMembershipsAsync(user);
        }

        var after = await env.Access().ForAsync(user, midnight);

        Assert.Equal(ClubAccessState.Unavailable, during.State);
        Assert.False(refreshedDuring);
        Assert.Equal(ClubAccessState.Granted, after.State);
        // Only the grant after the outage reached Logto: none was made that could not be saved.
        Assert.Equal(grantsBefore + 1, env.Logto.Statistics.RefreshTokenGrants);
    }
}
