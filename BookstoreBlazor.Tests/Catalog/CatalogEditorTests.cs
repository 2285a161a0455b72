using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Data;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Catalog;

public sealed class CatalogEditorTests
{
    private static BookDraft Valid(string isbn = "9780000000019") => new()
    {
        Isbn = isbn, Title = "Persuasion", Authors = ["Jane Austen"], Year = 1817, Language = "en", Genre = "novel",
        Description = "A second chance.", Price = 12000,
    };

    [Fact]
    public async Task Add_StampsWhoAndWhen_AndTheBookIsFound()
    {
        await using var books = await BookDatabase.CreateAsync();

        var result = await books.Editor.AddAsync(Valid("978-0-00-000001-9"), BookDatabase.Admin);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var saved = (await books.Catalog.FindAsync("9780000000019"))!;
        Assert.Equal(("Persuasion", "Bookstore Admin", "admin-sub", 1), (saved.Title, saved.UpdatedByName, saved.UpdatedBySubject, saved.Version));
        Assert.InRange(saved.UpdatedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    public static TheoryData<Action<BookDraft>, string> BadDrafts => new()
    {
        { d => d.Isbn = "9780000000010", nameof(BookDraft.Isbn) },
        { d => d.Isbn = "12345", nameof(BookDraft.Isbn) },
        { d => d.Title = "  ", nameof(BookDraft.Title) },
        { d => d.Title = new string('x', 201), nameof(BookDraft.Title) },
        { d => d.Authors = [" "], nameof(BookDraft.Authors) },
        { d => d.Authors = [new string('x', 101)], nameof(BookDraft.Authors) },
        { d => d.Year = null, nameof(BookDraft.Year) },
        { d => d.Year = 3000, nameof(BookDraft.Year) },
        { d => d.Language = "fr", nameof(BookDraft.Language) },
        { d => d.Genre = "cookery", nameof(BookDraft.Genre) },
        { d => d.Description = "", nameof(BookDraft.Description) },
        { d => d.Description = new string('x', 2001), nameof(BookDraft.Description) },
        { d => d.Price = -1, nameof(BookDraft.Price) },
        { d => d.Price = null, nameof(BookDraft.Price) },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task Add_RefusesABrokenRule_NamingTheField_AndWritesNothing(Action<BookDraft> breakIt, string field)
    {
        await using var books = await BookDatabase.CreateAsync();
        var draft = Valid();
        breakIt(draft);

        var result = await books.Editor.AddAsync(draft, BookDatabase.Admin);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.NotEmpty(result.Errors![field]);
        Assert.Equal(0, await books.CountAsync<BookstoreBlazor.Catalog.Book>());
    }

    [Fact]
    public async Task Add_TheSameIsbnTwice_IsRefused()
    {
        await using var books = await BookDatabase.CreateAsync();
        await books.Editor.AddAsync(Valid(), BookDatabase.Admin);

        var second = await books.Editor.AddAsync(Valid(), BookDatabase.Admin);

        Assert.Equal([CatalogEditor.DuplicateIsbn], second.Errors![nameof(BookDraft.Isbn)]);
    }

    [SecurityCase(CatalogueArea.Faults, "Two admins edit the same book",
        "The later save is a conflict showing the other admin's version; nothing is overwritten silently")]
    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task Update_FromAStaleVersion_IsAConflict_AndKeepsTheOtherAdminsChange(SessionFlavour flavour)
    {
        await using var books = await BookDatabase.CreateAsync(flavour);
        var original = (await books.Editor.AddAsync(Valid(), BookDatabase.Admin)).Value!;
        var other = new BookEditor("other-sub", "Other Admin");

        var first = Valid();
        first.Price = 15000;
        Assert.Equal(SaveStatus.Saved, (await books.Editor.UpdateAsync(original.Isbn, first, original.Version, other)).Status);
        var stale = Valid();
        stale.Title = "Persuasion (stale)";
        var second = await books.Editor.UpdateAsync(original.Isbn, stale, original.Version, BookDatabase.Admin);

        Assert.Equal(SaveStatus.Conflict, second.Status);
        Assert.Equal((15000, "Other Admin"), (second.Value!.Price, second.Value.UpdatedByName));
        var stored = (await books.Catalog.FindAsync(original.Isbn))!;
        Assert.Equal(("Persuasion", 15000, 2), (stored.Title, stored.Price, stored.Version));
    }

    [Fact]
    public async Task Remove_KeepsReadersShelves_AndAddingItAgainBringsTheSameBookBack()
    {
        await using var books = await BookDatabase.CreateAsync();
        var book = (await books.Editor.AddAsync(Valid(), BookDatabase.Admin)).Value!;
        await books.Shelf.SaveAsync("reader-a", book.Isbn, new ShelfChange(ShelfState.Read, 5, "Loved it"), null);
        Assert.Equal(1, await books.Editor.ShelvedCountAsync(book.Isbn));

        Assert.Equal(SaveStatus.Saved, (await books.Editor.RemoveAsync(book.Isbn, book.Version, BookDatabase.Admin)).Status);

        var kept = Assert.Single((await books.Shelf.ListAsync("reader-a")).Entries);
        Assert.Equal(("Loved it", true), (kept.Note, kept.Book.RemovedAt is not null));
        var restored = await books.Editor.AddAsync(Valid(), BookDatabase.Admin);
        Assert.Equal((SaveStatus.Saved, book.Id), (restored.Status, restored.Value!.Id));
        Assert.NotNull(await books.Catalog.FindAsync(book.Isbn));
    }

    [Fact]
    public async Task UpdateOrRemove_AnUnknownBook_IsNotFound()
    {
        await using var books = await BookDatabase.CreateAsync();

        Assert.Equal(SaveStatus.NotFound, (await books.Editor.UpdateAsync("9780000000019", Valid(), 1, BookDatabase.Admin)).Status);
        Assert.Equal(SaveStatus.NotFound, (await books.Editor.RemoveAsync("9780000000019", 1, BookDatabase.Admin)).Status);
    }
}
