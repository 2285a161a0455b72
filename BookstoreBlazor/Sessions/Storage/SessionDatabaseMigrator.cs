using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>
/// Creates or upgrades the schema before the app takes requests. It runs in the hosts' "starting" phase, ahead of
/// every hosted service's start, because data protection loads its key ring (kept in this database) when it starts.
/// </summary>
internal sealed class SessionDatabaseMigrator(IDbContextFactory<BookstoreDbContext> databases) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
