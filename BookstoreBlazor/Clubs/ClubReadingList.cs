using BookstoreBlazor.Catalog;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Clubs;

/// <summary>
/// A club's shared reading list. Every call names the club and every query is bound to it, so no call reads or changes
/// another club's list. The caller must have authorized the club already (membership, and the owner role to change
/// the list); this service checks only that the id is well formed.
/// </summary>
public sealed class ClubReadingList(CatalogDatabase database, TimeProvider clock)
{
    /// <summary>The club's books, most recently added first; a book removed from the catalogue since stays, marked by <see cref="Book.RemovedAt"/>.</summary>
    public async Task<IReadOnlyList<ClubBook>> ListAsync(string clubId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await Entries(db, clubId).AsNoTracking()
            .OrderByDescending(c => c.AddedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Puts a catalogue book on the club's list, once; <paramref name="addedBy"/> is the owner who asked.</summary>
    public async Task<ClubBookAdded> AddAsync(string clubId, string? isbn, ClubBookAdder addedBy, CancellationToken cancellationToken = default)
    {
        ClubId.ThrowIfInvalid(clubId);
        await using var db = await database.OpenAsync(cancellationToken);
        if (Isbn.Normalize(isbn) is not { } normalized
            || await db.Books.FirstOrDefaultAsync(b => b.Isbn == normalized, cancellationToken) is not { } book)
            return new ClubBookAdded(ClubBookOutcome.NotInCatalogue, null);
        if (await FindAsync(db, clubId, normalized, cancellationToken) is { } listed)
            return new ClubBookAdded(ClubBookOutcome.AlreadyListed, listed);

        var entry = db.ClubBooks.Add(new ClubBook
        {
            ClubId = clubId, BookId = book.Id, Book = book, AddedAt = clock.GetUtcNow().UtcDateTime,
            AddedBySubject = addedBy.Subject, AddedByName = addedBy.ShortName,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ClubBookAdded(ClubBookOutcome.Added, entry);
        }
        catch (DbUpdateException)
        {
            // Another owner added the same book between our read and our write; the unique index kept it to one.
            await using var fresh = await database.OpenAsync(cancellationToken);
            return await FindAsync(fresh, clubId, normalized, cancellationToken) is { } theirs
                ? new ClubBookAdded(ClubBookOutcome.AlreadyListed, theirs)
                : throw new InvalidOperationException($"Adding {normalized} to a club's list failed.");
        }
    }

    /// <summary>Takes the book off the club's list; false when it was not on it.</summary>
    public async Task<bool> RemoveAsync(string clubId, string? isbn, CancellationToken cancellationToken = default)
    {
        if (Isbn.Normalize(isbn) is not { } normalized)
            return false;
        await using var db = await database.OpenAsync(cancellationToken);
        return await Listed(db, clubId).Where(c => c.Book.Isbn == normalized).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static Task<ClubBook?> FindAsync(BookstoreDbContext db, string clubId, string isbn, CancellationToken cancellationToken) =>
        Entries(db, clubId).AsNoTracking().FirstOrDefaultAsync(c => c.Book.Isbn == isbn, cancellationToken);

    private static IQueryable<ClubBook> Entries(BookstoreDbContext db, string clubId) => Listed(db, clubId).Include(c => c.Book);

    private static IQueryable<ClubBook> Listed(BookstoreDbContext db, string clubId)
    {
        ClubId.ThrowIfInvalid(clubId);
        // A book removed from the catalogue stays on the lists that hold it, so owners see it went and can take it off.
        return db.ClubBooks.IgnoreQueryFilters().Where(c => c.ClubId == clubId);
    }
}
