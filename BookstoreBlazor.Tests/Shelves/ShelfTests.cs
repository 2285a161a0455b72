using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Data;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Shelves;

public sealed class ShelfTests
{
    private const string Austen = "9780000000019";
    private const string Twain = "9780000000026";

    private static async Task<BookDatabase> WithBooksAsync(SessionFlavour flavour = SessionFlavour.Sqlite)
    {
        var books = await BookDatabase.CreateAsync(flavour);
        await books.AddAsync(Austen, "Pride and Prejudice", ["Jane Austen"]);
        await books.AddAsync(Twain, "The Adventures of Tom Sawyer", ["Mark Twain"], genre: "children");
        return books;
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task EachReader_SeesAndChangesOnlyTheirOwnShelf(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Reading, 4, "A's secret note"), null);
        await books.Shelf.SaveAsync("reader-b", Twain, new ShelfChange(ShelfState.WantToRead), null);

        var a = await books.Shelf.ListAsync("reader-a");
        Assert.Equal(Austen, Assert.Single(a.Entries).Book.Isbn);
        Assert.Null(await books.Shelf.FindAsync("reader-b", Austen));

        // B writing "the same book" creates B's own entry; A's note and rating are untouched.
        var bWrites = await books.Shelf.SaveAsync("reader-b", Austen, new ShelfChange(ShelfState.Read, 1, "B"), null);
        Assert.Equal(SaveStatus.Saved, bWrites.Status);
        var aEntry = (await books.Shelf.FindAsync("reader-a", Austen))!;
        Assert.Equal((ShelfState.Reading, 4, "A's secret note"), (aEntry.State, aEntry.Rating, aEntry.Note));
        Assert.Equal(SaveStatus.NotFound, (await books.Shelf.RemoveAsync("reader-b", Twain + "0", 1)).Status);
    }

    [SecurityCase(CatalogueArea.Faults, "Two tabs change the same book on a shelf",
        "The later change is refused (optimistic concurrency, SQLite and PostgreSQL) and the reader is shown what is saved; nothing is overwritten silently")]
    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task TwoTabs_ChangingTheSameBook_TheSecondIsRefused_NotSilentlyLost(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        var seen = (await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.WantToRead), null)).Value!;

        var tab1 = await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Reading, 3), seen.Version);
        var tab2 = await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read, 5, "done"), seen.Version);

        Assert.Equal(SaveStatus.Saved, tab1.Status);
        Assert.Equal(SaveStatus.Conflict, tab2.Status);
        Assert.Equal((ShelfState.Reading, 3), (tab2.Value!.State, tab2.Value.Rating));
        var stored = (await books.Shelf.FindAsync("reader-a", Austen))!;
        Assert.Equal((ShelfState.Reading, 3, (string?)null), (stored.State, stored.Rating, stored.Note));
    }

    [Fact]
    public async Task TwoTabs_BothAddingTheBook_TheSecondIsAConflict()
    {
        await using var books = await WithBooksAsync();
        await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Reading), null);

        var second = await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read), null);

        Assert.Equal((SaveStatus.Conflict, ShelfState.Reading), (second.Status, second.Value!.State));
    }

    [Theory]
    [InlineData(0, null, "Rating")]
    [InlineData(6, null, "Rating")]
    [InlineData(null, 1001, "Note")]
    public async Task Save_OutOfRange_IsRefused_AndNothingChanges(int? rating, int? noteLength, string field)
    {
        await using var books = await WithBooksAsync();
        var note = noteLength is { } length ? new string('가', length) : null;

        var result = await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read, rating, note), null);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(field, result.Errors!.Keys);
        Assert.Null(await books.Shelf.FindAsync("reader-a", Austen));
    }

    [Fact]
    public async Task List_CountsEachState_AndFiltersByState()
    {
        await using var books = await WithBooksAsync();
        await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read, 5, "  "), null);
        await books.Shelf.SaveAsync("reader-a", Twain, new ShelfChange(ShelfState.WantToRead), null);

        var read = await books.Shelf.ListAsync("reader-a", ShelfState.Read);

        Assert.Equal((1, 0, 1, 2), (read.CountOf(ShelfState.WantToRead), read.CountOf(ShelfState.Reading), read.CountOf(ShelfState.Read), read.Total));
        var entry = Assert.Single(read.Entries);
        Assert.Null(entry.Note); // a blank note is no note
    }

    [Fact]
    public async Task Remove_WithTheSeenVersion_TakesTheBookOff_AStaleOneDoesNot()
    {
        await using var books = await WithBooksAsync();
        var entry = (await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read), null)).Value!;
        await books.Shelf.SaveAsync("reader-a", Austen, new ShelfChange(ShelfState.Read, 2), entry.Version);

        Assert.Equal(SaveStatus.Conflict, (await books.Shelf.RemoveAsync("reader-a", Austen, entry.Version)).Status);
        Assert.Equal(SaveStatus.Saved, (await books.Shelf.RemoveAsync("reader-a", Austen, entry.Version + 1)).Status);
        Assert.Null(await books.Shelf.FindAsync("reader-a", Austen));
    }

    [Fact]
    public async Task Save_ForABookNotInTheCatalogue_IsNotFound()
    {
        await using var books = await WithBooksAsync();
        Assert.Equal(SaveStatus.NotFound, (await books.Shelf.SaveAsync("reader-a", "9781111111113", new ShelfChange(ShelfState.Read), null)).Status);
    }
}
