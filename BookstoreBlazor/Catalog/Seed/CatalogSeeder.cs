using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Catalog.Seed;

/// <summary>
/// Adds the books of <c>books.json</c> that the database has never held, at start, after the schema is migrated
/// (registered after <see cref="SessionDatabaseMigrator"/>, and lifecycle hooks run in registration order). Running it
/// again adds nothing; a book an admin removed stays removed, and one an admin edited keeps the edit.
/// </summary>
internal sealed partial class CatalogSeeder(IDbContextFactory<BookstoreDbContext> databases, ILogger<CatalogSeeder> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var known = (await db.Books.IgnoreQueryFilters().Select(b => b.Isbn).ToListAsync(cancellationToken)).ToHashSet();
        var missing = SeedCatalog.Load().Where(seed => !known.Contains(seed.Isbn)).Select(seed => seed.ToBook()).ToList();
        if (missing.Count == 0)
            return;

        db.Books.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, missing.Count);
        }
        catch (DbUpdateException)
        {
            // Two instances starting together on one database: the other one's insert won, which is all we wanted.
            await using var check = await databases.CreateDbContextAsync(cancellationToken);
            if (!await check.Books.IgnoreQueryFilters().AnyAsync(cancellationToken))
                throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} books from the seed catalogue.")]
    private static partial void LogSeeded(ILogger logger, int count);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
