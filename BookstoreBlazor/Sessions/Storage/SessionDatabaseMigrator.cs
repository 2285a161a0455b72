using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary>Creates or upgrades the schema before the app takes requests.</summary>
internal sealed class SessionDatabaseMigrator(IDbContextFactory<BookstoreDbContext> databases) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
