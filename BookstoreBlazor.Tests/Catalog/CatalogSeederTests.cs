using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Catalog.Seed;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Catalog;

public sealed class CatalogSeederTests
{
    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task Seeding_LoadsEveryBookOnce_AndAgainAddsNothing(SessionFlavour flavour)
    {
        await using var books = await BookDatabase.CreateAsync(flavour, seed: true);
        var seeded = SeedCatalog.Load().Count;
        Assert.Equal(seeded, await books.CountAsync<Book>());

        await books.SeedAsync();

        Assert.Equal(seeded, await books.CountAsync<Book>());
    }

    [Fact]
    public async Task Seeding_Again_KeepsAnAdminsEditsAndRemovals()
    {
        await using var books = await BookDatabase.CreateAsync(seed: true);
        var seeds = SeedCatalog.Load();
        var edited = (await books.Catalog.FindAsync(seeds[0].Isbn))!;
        var draft = BookDraft.From(edited);
        draft.Title = "Edited by an admin";
        await books.Editor.UpdateAsync(edited.Isbn, draft, edited.Version, BookDatabase.Admin);
        var removed = (await books.Catalog.FindAsync(seeds[^1].Isbn))!;
        await books.Editor.RemoveAsync(removed.Isbn, removed.Version, BookDatabase.Admin);

        await books.SeedAsync();

        Assert.Equal("Edited by an admin", (await books.Catalog.FindAsync(edited.Isbn))!.Title);
        Assert.Null(await books.Catalog.FindAsync(removed.Isbn));
    }
}
