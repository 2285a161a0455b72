using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Catalog.Seed;

/// <summary>
/// Adds the books of <c>books.json</c> that the database has never held, at start, after the schema is migrated
/// (registered after <see cref="SessionDatabaseMigrator"/>, and lifecycle hooks run in registration order). Running it
/// again adds nothing; a book an admin removed stays removed, and one an admin edited keeps the edit.
/// </summary>
internal sealed partial class CatalogSeeder(IDbContextFactory<BookstoreDbContext> databases, CatalogSeeding seeding,
    ILogger<CatalogSeeder> logger) : IHostedLifecycleService
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Starts seeding and returns: the app starts listening meanwhile, and the catalogue's readers wait for
    /// <see cref="CatalogSeeding.Finished"/>. A failure is logged and reported by the readiness probe, and the app
    /// goes on serving sign-in and whatever the catalogue already holds.
    /// </summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await SeedAsync(_stopping.Token);
                seeding.Succeeded();
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
                seeding.Failed(e);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not add the seed catalogue; the catalogue holds what it held before.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    public Task StoppingAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
