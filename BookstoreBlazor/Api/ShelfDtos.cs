using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Api;

/// <summary>
/// One book on the caller's shelf. <c>inCatalogue</c> is false once an admin has removed the book;
/// <c>visibleToClubs</c> says whether the caller's book clubs see it (its state and rating, never the note).
/// </summary>
public sealed record ShelfEntryDto(
    string Isbn, string Title, IReadOnlyList<string> Authors, ShelfState State, int? Rating, string? Note,
    DateTime AddedAt, DateTime UpdatedAt, int Version, bool InCatalogue, bool VisibleToClubs)
{
    public static ShelfEntryDto From(ShelfEntry entry) => new(
        entry.Book.Isbn, entry.Book.Title, entry.Book.Authors, entry.State, entry.Rating, entry.Note,
        entry.AddedAt, entry.UpdatedAt, entry.Version, entry.Book.RemovedAt is null, entry.VisibleToClubs);
}

public sealed record ShelfDto(IReadOnlyDictionary<ShelfState, int> Counts, IReadOnlyList<ShelfEntryDto> Entries);

/// <summary>
/// What the caller sets for a book: <c>state</c> is <c>want-to-read</c>, <c>reading</c> or <c>read</c>. Without
/// <c>visibleToClubs</c> an entry keeps what it had, and a new one stays private.
/// </summary>
public sealed record ShelfInput(ShelfState? State, int? Rating, string? Note, bool? VisibleToClubs = null);
