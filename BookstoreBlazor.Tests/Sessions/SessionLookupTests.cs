using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.Sessions.SessionsWalk;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// A signed-in page request looks its session up once: the cookie handler's read signs the user in, and the refresh
/// check goes on from that ticket. With the cache cut to a tick every lookup is a database read, so reads count lookups.
/// </summary>
public sealed class SessionLookupTests
{
    private const int Pages = 5;

    private static readonly Dictionary<string, string?> EveryLookupReads = new() { ["Sessions:CacheDuration"] = "00:00:00.0000001" };

    [Fact]
    public async Task ASignedInPageRequest_ReadsItsSessionOnce()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: EveryLookupReads);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        using var reads = SessionReads.Watch(env);

        for (var i = 0; i < Pages; i++)
            Assert.True(await env.Browser.IsSignedInAsync(env));

        Assert.Equal(Pages, reads.Count);
    }

    [Fact]
    public async Task WithOneReadPerRequest_ASessionEndedOnTheSessionsPage_IsRefusedOnItsNextRequest()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: EveryLookupReads);
        var (phone, phoneId) = await SignInPhoneTooAsync(env);
        using var _ = phone;
        Assert.True(await phone.IsSignedInAsync(env));

        await env.Browser.SignOutSessionAsync(env, phoneId);

        Assert.False(await phone.IsSignedInAsync(env));
        Assert.True(await env.Browser.IsSignedInAsync(env));
    }
}
