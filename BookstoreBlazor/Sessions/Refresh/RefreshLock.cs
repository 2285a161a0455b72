using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// One refresh per session at a time, across every instance sharing the database: Logto revokes the whole grant
/// when a rotated refresh token is used twice, so two parallel refreshes would sign the user out.
/// </summary>
internal sealed class RefreshLock(IDbContextFactory<BookstoreDbContext> databases, IOptions<LogtoOptions> logto, TimeProvider clock)
{
    private TimeSpan Hold => logto.Value.RefreshHold;

    public async Task<bool> TryTakeAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Hold;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // One conditional UPDATE: the database decides who wins, whichever instance asks.
        return await db.Sessions
            .Where(s => s.Id == sessionId && (s.RefreshingUntil == null || s.RefreshingUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RefreshingUntil, until), cancellationToken) == 1;
    }

    public async Task ReleaseAsync(string sessionId)
    {
        await using var db = await databases.CreateDbContextAsync();
        await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RefreshingUntil, (DateTime?)null));
    }
}
