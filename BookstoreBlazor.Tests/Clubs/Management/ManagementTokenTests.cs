using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary>
/// The Management API token: one for many calls, a new one only near its expiry, one request for callers that need it
/// at once, a fresh one when Logto refuses the old; and a Logto that refuses the app or is gone answers Unavailable.
/// </summary>
public sealed class ManagementTokenTests
{
    [Fact]
    public async Task ManyCalls_ShareOneToken_AndANewOneIsAskedForOnlyNearItsExpiry()
    {
        await using var env = await DirectoryEnvironment.StartAsync();
        var club = env.Seeded(OrganizationSeed.SosekiReaders).Id;

        for (var i = 0; i < 5; i++)
            Assert.Equal(DirectoryStatus.Ok, (await env.Directory.MembersAsync(club)).Status);
        Assert.Equal(DirectoryStatus.Ok, (await env.Directory.InvitationsForAsync("reader@example.com")).Status);
        var afterFirst = env.Logto.Statistics.ClientCredentialsGrants;
        env.Clock.Advance(env.Logto.Options.AccessTokenLifetime - TimeSpan.FromMinutes(2));
        await env.Directory.FindClubAsync(club);
        var beforeExpiry = env.Logto.Statistics.ClientCredentialsGrants;
        env.Clock.Advance(TimeSpan.FromMinutes(1.5));
        await env.Directory.FindClubAsync(club);

        Assert.Equal(1, afterFirst);
        Assert.Equal(1, beforeExpiry);
        Assert.Equal(2, env.Logto.Statistics.ClientCredentialsGrants);
    }

    [Fact]
    public async Task CallersThatNeedATokenAtOnce_WaitForOneRequest()
    {
        await using var env = await DirectoryEnvironment.StartAsync();
        var club = env.Seeded(OrganizationSeed.MidnightReaders).Id;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => env.Directory.FindClubAsync(club)));

        Assert.All(answers, answer => Assert.Equal(DirectoryStatus.Ok, answer.Status));
        Assert.Equal(1, env.Logto.Statistics.ClientCredentialsGrants);
    }

    [Fact]
    public async Task ATokenLogtoNoLongerTakes_IsDropped_AndTheCallMadeAgainWithANewOne()
    {
        var port = 0;
        LogtoEmulatorOptions Options() => new()
        {
            Port = port,
            ManagementApp = new EmulatorMachineApp(LogtoManagementApi.DefaultAppId, "a-secret-for-both-runs", "Bookstore",
                [LogtoManagementApi.AccessRoleName]),
            ConfigureLogging = _ => { },
        };
        var first = await LogtoEmulatorHost.StartAsync(Options());
        // The restart comes back where the app already points.
        port = first.Endpoint.BaseUri.Port;
        await using var env = DirectoryEnvironment.StartApp(first, first.Endpoint.BaseUri.AbsoluteUri, DirectoryEnvironment.ManagementSettings(first));
        Assert.Equal(DirectoryStatus.Ok, (await env.Directory.FindClubAsync(first.Organizations.All[0].Id)).Status);
        await first.DisposeAsync();

        // A Logto restarted with new signing keys: the cached token's signature no longer verifies (401).
        await using var restarted = await FreedPort.RebindAsync(() => LogtoEmulatorHost.StartAsync(Options()));
        var found = await env.Directory.FindClubAsync(restarted.Organizations.All[0].Id);

        Assert.Equal(DirectoryStatus.Ok, found.Status);
        Assert.Equal(1, restarted.Statistics.ClientCredentialsGrants);
    }

    [Fact]
    public async Task AWrongAppSecret_IsUnavailable_WithALogLine()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        await using var env = DirectoryEnvironment.StartApp(logto, logto.Endpoint.BaseUri.AbsoluteUri,
            DirectoryEnvironment.ManagementSettings(logto, secret: "not-the-secret"));
        var club = logto.Organizations.All[0].Id;

        var found = await env.Directory.FindClubAsync(club);
        var invited = await env.Directory.InviteAsync(club, "someone@example.com", "inviter00000");

        Assert.Equal(DirectoryStatus.Unavailable, found.Status);
        Assert.Equal(InvitationOutcomeKind.Unavailable, invited.Kind);
        Assert.Empty(logto.Invitations.List(club));
        Assert.Contains(env.Logs.Lines, line => line.Contains("Logto issued no Management API token (HTTP 401 invalid_client)"));
    }

    [Fact]
    public async Task AnM2MAppWithoutTheManagementApiRole_IsUnavailable_WithALogLineSayingWhy()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new()
        {
            ManagementApp = new EmulatorMachineApp(LogtoManagementApi.DefaultAppId, "a-secret", "Bookstore without the role", []),
            ConfigureLogging = _ => { },
        });
        await using var env = DirectoryEnvironment.StartApp(logto, logto.Endpoint.BaseUri.AbsoluteUri, DirectoryEnvironment.ManagementSettings(logto));

        var found = await env.Directory.FindClubAsync(logto.Organizations.All[0].Id);

        Assert.Equal(DirectoryStatus.Unavailable, found.Status);
        Assert.Contains(env.Logs.Lines, line => line.Contains("refused organizations/") && line.Contains("403 auth.forbidden") &&
                                                line.Contains("'all' permission"));
    }

    [Fact]
    public async Task ALogtoSlowerThanTheTimeout_IsUnavailable_AndTheNextCallInTimeSucceeds()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        // Between this timeout and the 10 s default, so the test also fails if the setting were ignored.
        var settings = DirectoryEnvironment.ManagementSettings(logto);
        settings["Logto:Timeout"] = "00:00:04";
        await using var env = DirectoryEnvironment.StartApp(logto, logto.Endpoint.BaseUri.AbsoluteUri, settings);
        var club = logto.Organizations.All[0].Id;

        logto.Options.TokenResponseDelay = TimeSpan.FromSeconds(8);
        var slow = await env.Directory.FindClubAsync(club);
        logto.Options.TokenResponseDelay = TimeSpan.Zero;
        // Tried until it succeeds: on a loaded machine a quick Logto can still take longer than the short timeout, and
        // a try that times out leaves nothing behind. The first try failing for the delay is what the test is about.
        await Eventually.TrueAsync(async () => (await env.Directory.FindClubAsync(club)).Status == DirectoryStatus.Ok,
            "A call once Logto answers in time");

        Assert.Equal(DirectoryStatus.Unavailable, slow.Status);
        Assert.Contains(env.Logs.Lines, line => line.Contains("could not be reached for a Management API token (TaskCanceledException)"));
    }

    [Fact]
    public async Task ALogtoThatIsDown_IsUnavailableEverywhere_WithALogLine_NeverAnException()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        await using var env = DirectoryEnvironment.StartApp(logto, UnreachableLogto.Endpoint(), DirectoryEnvironment.ManagementSettings(logto));
        var directory = env.Directory;

        Assert.Equal(DirectoryStatus.Unavailable, (await directory.FindClubAsync("abcdefabcdef")).Status);
        Assert.Equal(DirectoryStatus.Unavailable, (await directory.MembersAsync("abcdefabcdef")).Status);
        Assert.Equal(DirectoryStatus.Unavailable, (await directory.InvitationsForAsync("reader@example.com")).Status);
        var invited = await directory.InviteAsync("abcdefabcdef", "someone@example.com", "inviter00000");
        var accepted = await directory.AcceptAsync("invitation0000000000", "user00000000", "reader@example.com");

        Assert.Equal(InvitationOutcomeKind.Unavailable, invited.Kind);
        Assert.Equal(InvitationOutcomeKind.Unavailable, accepted.Kind);
        Assert.Equal("Logto could not be reached, so nothing was changed. Please try again in a moment.", accepted.Message);
        Assert.Contains(env.Logs.Lines, line => line.Contains("could not be reached for a Management API token"));
    }
}
