using BookstoreBlazor.Catalog.Seed;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Catalog;

/// <summary>The database, opened for the catalogue and shelves only once the seed catalogue is in it.</summary>
public sealed class CatalogDatabase(IDbContextFactory<BookstoreDbContext> databases, CatalogSeeding seeding)
{
    public async Task<BookstoreDbContext> OpenAsync(CancellationToken cancellationToken = default)
    {
        await seeding.Finished.WaitAsync(cancellationToken);
        return await databases.CreateDbContextAsync(cancellationToken);
    }
}
