using BookstoreBlazor.Data;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Catalog.Editing;

/// <summary>
/// Adding, changing and removing books. Every change is validated, stamped with who made it and when, and refused
/// (with the current book) when it was made against a version someone else has since changed.
/// </summary>
public sealed class CatalogEditor(CatalogDatabase database, CatalogGeneration generation, TimeProvider clock)
{
    /// <summary>The API's (English) message for <see cref="BookRule.DuplicateIsbn"/>, which only the editor can find.</summary>
    public const string DuplicateIsbn = "A book with this ISBN is already in the catalogue.";

    public async Task<SaveResult<Book>> AddAsync(BookDraft draft, BookEditor editor, CancellationToken cancellationToken = default)
    {
        if (BookDraftValidator.Validate(draft) is { Count: > 0 } errors)
            return SaveResult<Book>.Invalid(errors);

        var isbn = Isbn.Normalize(draft.Isbn)!;
        await using var db = await database.OpenAsync(cancellationToken);
        var existing = await db.Books.IgnoreQueryFilters().FirstOrDefaultAsync(b => b.Isbn == isbn, cancellationToken);
        if (existing is { RemovedAt: null })
            return SaveResult<Book>.Invalid(nameof(BookDraft.Isbn), DuplicateIsbn);

        var now = clock.GetUtcNow().UtcDateTime;
        // A removed book added again comes back under its old row, so shelves that kept it find it in the catalogue.
        var book = existing ?? db.Books.Add(new Book { Isbn = isbn, Title = "", Language = "", Genre = "", Description = "" }).Entity;
        draft.ApplyTo(book);
        book.AddedAt = now;
        book.RemovedAt = null;
        Stamp(book, editor, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            generation.Advance();
            return SaveResult<Book>.Saved(book);
        }
        catch (DbUpdateException)
        {
            // Another admin added (or restored) the same ISBN a moment ago.
            return SaveResult<Book>.Invalid(nameof(BookDraft.Isbn), DuplicateIsbn);
        }
    }

    public async Task<SaveResult<Book>> UpdateAsync(string isbn, BookDraft draft, int expectedVersion, BookEditor editor,
        CancellationToken cancellationToken = default)
    {
        draft.Isbn = isbn;
        if (BookDraftValidator.Validate(draft) is { Count: > 0 } errors)
            return SaveResult<Book>.Invalid(errors);

        return await ChangeAsync(isbn, expectedVersion, editor, book => draft.ApplyTo(book), cancellationToken);
    }

    /// <summary>Takes the book out of the catalogue; shelves keep their entries (see <see cref="Book.RemovedAt"/>).</summary>
    public Task<SaveResult<Book>> RemoveAsync(string isbn, int expectedVersion, BookEditor editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(isbn, expectedVersion, editor, book => book.RemovedAt = clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>How many readers have this book on their shelf: what removing it would touch.</summary>
    public async Task<int> ShelvedCountAsync(string isbn, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ShelfEntries.CountAsync(e => e.Book.Isbn == isbn, cancellationToken);
    }

    private async Task<SaveResult<Book>> ChangeAsync(string isbn, int expectedVersion, BookEditor editor, Action<Book> change,
        CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var book = await db.Books.FirstOrDefaultAsync(b => b.Isbn == isbn, cancellationToken);
        if (book is null)
            return SaveResult<Book>.NotFound();
        if (book.Version != expectedVersion)
            return SaveResult<Book>.Conflict(book);

        change(book);
        Stamp(book, editor, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            generation.Advance();
            return SaveResult<Book>.Saved(book);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The version check above passed, but another change landed before ours (the UPDATE matched no row).
            await using var fresh = await database.OpenAsync(cancellationToken);
            var current = await fresh.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Isbn == isbn, cancellationToken);
            return current is null ? SaveResult<Book>.NotFound() : SaveResult<Book>.Conflict(current);
        }
    }

    private static void Stamp(Book book, BookEditor editor, DateTime now)
    {
        book.UpdatedAt = now;
        book.UpdatedByName = editor.Name;
        book.UpdatedBySubject = editor.Subject;
        book.Version++;
    }
}
