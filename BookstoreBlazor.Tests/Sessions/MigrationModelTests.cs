using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>Each provider's migrations describe the model as the code has it: a change without its migration fails here.</summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task TheModel_HasNoChangesMissingFromTheMigrations(SessionFlavour flavour)
    {
        await using var books = await BookDatabase.CreateAsync(flavour);
        await using var db = await books.Databases.CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {flavour} model has changes no migration holds: add one with dotnet ef.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
