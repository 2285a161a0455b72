using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions;

/// <summary>Deletes sessions past their expiry once an hour, so abandoned sign-ins do not pile up in the database.</summary>
internal sealed partial class ExpiredSessionPruner(
    IDbContextFactory<BookstoreDbContext> databases, TimeProvider clock, ILogger<ExpiredSessionPruner> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (SessionStoreFailure.IsOutage(e))
            {
                // An exception leaving a background service stops the whole app; the next tick simply tries again.
                LogPruneSkipped(logger, e.GetBaseException().GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expired sessions were not pruned: the session database could not be used ({Cause}).")]
    private static partial void LogPruneSkipped(ILogger logger, string cause);
}
