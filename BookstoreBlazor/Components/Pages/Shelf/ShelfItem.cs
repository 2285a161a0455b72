using BookstoreBlazor.Catalog;
using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Components.Pages.Shelf;

/// <summary>
/// One entry as the shelf page lists it: the book as the row shows it, the reader's state, stars, note's start, and
/// whether their book clubs see it.
/// </summary>
public sealed record ShelfItem(Book Book, ShelfState State, int? Rating, string? NoteStart, DateTime UpdatedAt, bool VisibleToClubs = false)
{
    public bool InCatalogue => Book.RemovedAt is null;

    public static ShelfItem From(ShelfEntry entry) =>
        new(Shown(entry.Book), entry.State, entry.Rating, entry.Note is { } note ? NoteSnippet.Of(note) : null, entry.UpdatedAt,
            entry.VisibleToClubs);

    // What the row shows and the cover is drawn from; the rest (the description) stays out of the persisted page state.
    private static Book Shown(Book book) => new()
    {
        Id = book.Id, Isbn = book.Isbn, Title = book.Title, AlternateTitle = book.AlternateTitle, Authors = book.Authors,
        AuthorsLatin = book.AuthorsLatin, Year = book.Year, Language = book.Language, Genre = book.Genre, Description = "",
        RemovedAt = book.RemovedAt,
    };
}

public sealed record ShelfCounts(int WantToRead, int Reading, int Read)
{
    public int Total => WantToRead + Reading + Read;

    public int Of(ShelfState state) => state switch
    {
        ShelfState.WantToRead => WantToRead,
        ShelfState.Reading => Reading,
        _ => Read,
    };

    public static ShelfCounts From(ShelfListing listing) =>
        new(listing.CountOf(ShelfState.WantToRead), listing.CountOf(ShelfState.Reading), listing.CountOf(ShelfState.Read));
}

/// <summary>
/// What the shelf page shows, for one reader and one filter; carried from prerendering into the interactive render,
/// and never shown to another reader or under another filter.
/// </summary>
public sealed record ShelfPageSnapshot(string UserId, ShelfState? Filter, IReadOnlyList<ShelfItem> Items, ShelfCounts Counts);
