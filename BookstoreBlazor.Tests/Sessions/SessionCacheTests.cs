using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>Sessions are read from memory between database reads, and never staler than the configured duration.</summary>
public sealed class SessionCacheTests
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task WithinTheCacheDuration_PagesNeedNoDatabase_AfterItASessionEndedElsewhereIsNoticed()
    {
        // The app's clock stands still unless moved, so "within" and "after" do not depend on how busy the machine is.
        var clock = new SettableClock();
        await using var env = await EmulatorEnvironment.StartAsync(
            settings: new Dictionary<string, string?> { ["Sessions:CacheDuration"] = CacheDuration.ToString() }, clock: clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var sessionId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst(SessionClaimTypes.SessionId)!.Value;

        // Another instance ends the session: straight in the shared database, so this instance's cache is not told.
        await using (var db = await env.App.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>().CreateDbContextAsync())
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();
        var fromMemory = await env.GoAsync("/");
        clock.Advance(CacheDuration + TimeSpan.FromSeconds(1));
        var afterStaleness = await env.GoAsync("/");

        Assert.Equal("You are signed in with Logto.", fromMemory.Text("auth-state"));
        Assert.Equal("You are not signed in.", afterStaleness.Text("auth-state"));
    }
}
