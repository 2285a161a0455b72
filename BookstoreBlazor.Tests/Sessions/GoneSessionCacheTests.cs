using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BookstoreBlazor.Tests.Sessions.SessionsWalk;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// A browser that keeps sending a cookie whose session is gone costs a database read once, not on every request.
/// Reads are counted as the app's queries on its sessions table.
/// </summary>
public sealed class GoneSessionCacheTests
{
    private const int Requests = 5;

    [Fact]
    public async Task ASessionEndedOnAnotherInstance_IsReadOnceWhenItsCacheRunsOut_ThenCostsNoRead()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: new Dictionary<string, string?> { ["Sessions:CacheDuration"] = "00:00:01" });
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var sessionId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst(SessionClaimTypes.SessionId)!.Value;
        using var reads = SessionReads.Watch(env);

        // Another instance ends the session straight in the shared database: this instance learns it only by reading.
        await using (var db = await env.App.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>().CreateDbContextAsync())
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();
        await Eventually.TrueAsync(async () => !await env.Browser.IsSignedInAsync(env), "Noticing the ended session");
        var readsToNotice = reads.Count;
        for (var i = 0; i < Requests; i++)
            Assert.False(await env.Browser.IsSignedInAsync(env));

        Assert.True(readsToNotice >= 1, "the counter saw the read that noticed the end");
        Assert.Equal(readsToNotice, reads.Count);
    }

    [Fact]
    public async Task ASessionEndedOnThisInstance_CostsNoRead_AndTheSameBrowserSignsInAgainAsANewSession()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var (phone, phoneId) = await SignInPhoneTooAsync(env);
        using var _ = phone;
        await env.Browser.SignOutSessionAsync(env, phoneId);
        using var reads = SessionReads.Watch(env);

        for (var i = 0; i < Requests; i++)
            Assert.False(await phone.IsSignedInAsync(env));
        var readsWhileGone = reads.Count;
        // Its Logto session is still there (ending a Bookstore session does not end it): Logto signs it straight back in.
        var home = await phone.GoAsync(new Uri(env.AppBase, "/sign-in/kakao"));
        var newId = await phone.CurrentSessionIdAsync(env);

        Assert.Equal(0, readsWhileGone);
        Assert.Equal(SignedIn, home.Text("auth-state"));
        Assert.NotEqual(phoneId, newId);
    }
}
