using BookstoreBlazor.Catalog;
using BookstoreBlazor.Data;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Shelves;

/// <summary>
/// Readers' shelves. Every call names the reader (their Logto <c>sub</c>) and every query is bound to it, so no call
/// can read or change another reader's shelf. A change made against an entry another tab has since changed is
/// refused with the current entry instead of overwriting it.
/// </summary>
public sealed class Shelf(CatalogDatabase database, TimeProvider clock)
{
    /// <summary>This reader's entry for the book, or null when it is not on their shelf.</summary>
    public async Task<ShelfEntry?> FindAsync(string userId, string isbn, CancellationToken cancellationToken = default)
    {
        if (Isbn.Normalize(isbn) is not { } normalized)
            return null;

        await using var db = await database.OpenAsync(cancellationToken);
        return await Entries(db, userId).AsNoTracking().FirstOrDefaultAsync(e => e.Book.Isbn == normalized, cancellationToken);
    }

    /// <summary>The reader's books (all, or in one state), most recently changed first; removed books included.</summary>
    public async Task<ShelfListing> ListAsync(string userId, ShelfState? state = null, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var counts = await Entries(db, userId).GroupBy(e => e.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        var entries = await Entries(db, userId).AsNoTracking()
            .Where(e => state == null || e.State == state)
            .OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        return new ShelfListing(entries, counts);
    }

    /// <summary>
    /// Puts the book on the shelf or changes its entry. <paramref name="expectedVersion"/> is the version the reader saw
    /// (null: they saw it off the shelf); anything else having happened since is a conflict.
    /// </summary>
    public async Task<SaveResult<ShelfEntry>> SaveAsync(string userId, string isbn, ShelfChange change, int? expectedVersion,
        CancellationToken cancellationToken = default)
    {
        if (change.Validate() is { Count: > 0 } errors)
            return SaveResult<ShelfEntry>.Invalid(errors);

        await using var db = await database.OpenAsync(cancellationToken);
        var entry = await FindTrackedAsync(db, userId, isbn, cancellationToken);
        if (entry is null)
        {
            if (expectedVersion is not null)
                return SaveResult<ShelfEntry>.Conflict(null);
            if (Isbn.Normalize(isbn) is not { } normalized ||
                await db.Books.FirstOrDefaultAsync(b => b.Isbn == normalized, cancellationToken) is not { } book)
                return SaveResult<ShelfEntry>.NotFound();

            entry = db.ShelfEntries.Add(new ShelfEntry { UserId = userId, BookId = book.Id, Book = book, AddedAt = Now }).Entity;
        }
        else if (entry.Version != expectedVersion)
        {
            return SaveResult<ShelfEntry>.Conflict(entry);
        }

        entry.State = change.State;
        entry.Rating = change.Rating;
        entry.Note = change.CleanNote;
        entry.VisibleToClubs = change.VisibleToClubs;
        entry.UpdatedAt = Now;
        entry.Version++;
        return await SaveChangesAsync(db, userId, isbn, entry, cancellationToken);
    }

    /// <summary>Takes the book off the reader's shelf, note and rating included.</summary>
    public async Task<SaveResult<ShelfEntry>> RemoveAsync(string userId, string isbn, int expectedVersion,
        CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        if (await FindTrackedAsync(db, userId, isbn, cancellationToken) is not { } entry)
            return SaveResult<ShelfEntry>.NotFound();
        if (entry.Version != expectedVersion)
            return SaveResult<ShelfEntry>.Conflict(entry);

        db.ShelfEntries.Remove(entry);
        return await SaveChangesAsync(db, userId, isbn, entry, cancellationToken);
    }

    private async Task<SaveResult<ShelfEntry>> SaveChangesAsync(BookstoreDbContext db, string userId, string isbn, ShelfEntry entry,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult<ShelfEntry>.Saved(entry);
        }
        catch (DbUpdateException)
        {
            // Another tab added, changed or removed this entry between our read and our write.
            return SaveResult<ShelfEntry>.Conflict(await FindAsync(userId, isbn, cancellationToken));
        }
    }

    private static IQueryable<ShelfEntry> Entries(BookstoreDbContext db, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // Shelves outlive a book's removal from the catalogue; the reader still sees what they wrote about it.
        return db.ShelfEntries.IgnoreQueryFilters().Include(e => e.Book).Where(e => e.UserId == userId);
    }

    private static Task<ShelfEntry?> FindTrackedAsync(BookstoreDbContext db, string userId, string isbn, CancellationToken cancellationToken) =>
        Isbn.Normalize(isbn) is { } normalized
            ? Entries(db, userId).FirstOrDefaultAsync(e => e.Book.Isbn == normalized, cancellationToken)
            : Task.FromResult<ShelfEntry?>(null);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
