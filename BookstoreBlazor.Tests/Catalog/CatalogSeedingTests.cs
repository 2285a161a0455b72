using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Seed;
using BookstoreBlazor.Health;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary>The seed catalogue is added beside the rest of start-up, and nothing reads the catalogue before it is in.</summary>
public sealed class CatalogSeedingTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private BookDatabase _books = null!;

    public async Task InitializeAsync() => _books = await BookDatabase.CreateAsync();

    public async Task DisposeAsync() => await _books.DisposeAsync();

    [Fact]
    public async Task TheCatalogue_WhileTheSeedIsBeingAdded_WaitsForIt()
    {
        var seeding = new CatalogSeeding();
        var catalog = new BookCatalog(new CatalogDatabase(_books.Databases, seeding));

        var search = catalog.SearchAsync(new CatalogQuery());
        await _books.SeedAsync();
        Assert.False(search.IsCompleted);

        seeding.Succeeded();
        Assert.Equal(SeedCatalog.Load().Count, (await search.WaitAsync(Patience)).Total);
    }

    [Fact]
    public async Task StartingTheApp_AddsTheSeedInTheBackground_AndSaysWhenItIsIn()
    {
        var seeding = new CatalogSeeding();
        var seeder = new CatalogSeeder(_books.Databases, seeding, NullLogger<CatalogSeeder>.Instance);

        await seeder.StartingAsync(CancellationToken.None);
        await seeding.Finished.WaitAsync(Patience);

        Assert.Null(seeding.Failure);
        Assert.Equal(SeedCatalog.Load().Count, await _books.CountAsync<Book>());
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(seeding)).Status);
    }

    [Fact]
    public async Task ASeedThatFails_IsLogged_LeavesTheCatalogueReadable_AndKeepsTheInstanceUnready()
    {
        var logs = new CapturedLogs();
        var seeding = new CatalogSeeding();
        var seeder = new CatalogSeeder(new Unreachable(), seeding, new Logger<CatalogSeeder>(new LoggerFactory([logs])));

        await seeder.StartingAsync(CancellationToken.None);
        await seeding.Finished.WaitAsync(Patience);

        Assert.IsType<InvalidOperationException>(seeding.Failure);
        Assert.Contains(logs.Lines, line => line.StartsWith("Critical") && line.Contains("Could not add the seed catalogue"));
        var catalog = new BookCatalog(new CatalogDatabase(_books.Databases, seeding));
        Assert.Equal(0, (await catalog.SearchAsync(new CatalogQuery()).WaitAsync(Patience)).Total);
        var health = await CheckAsync(seeding);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal("The seed catalogue could not be added (InvalidOperationException).", health.Description);
    }

    [Fact]
    public async Task TheReadinessProbe_WhileTheSeedIsBeingAdded_IsUnready()
    {
        using var probeGivesUp = new CancellationTokenSource();
        await probeGivesUp.CancelAsync();

        var health = await CheckAsync(new CatalogSeeding(), probeGivesUp.Token);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal("The seed catalogue is still being added.", health.Description);
    }

    private static Task<HealthCheckResult> CheckAsync(CatalogSeeding seeding, CancellationToken cancellationToken = default) =>
        new CatalogueHealthCheck(seeding).CheckHealthAsync(new HealthCheckContext(), cancellationToken);

    private sealed class Unreachable : IDbContextFactory<BookstoreDbContext>
    {
        public BookstoreDbContext CreateDbContext() => throw new InvalidOperationException("The database is down (secret=hunter2).");
    }
}
