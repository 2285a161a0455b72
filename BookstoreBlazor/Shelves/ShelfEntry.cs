using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Shelves;

/// <summary>
/// One book on one reader's shelf. The reader is their Logto <c>sub</c>; nobody else reads the entry, except the
/// members of the reader's clubs when the reader marks it <see cref="VisibleToClubs"/>, and never its note.
/// </summary>
public sealed class ShelfEntry
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int BookId { get; set; }

    public Book Book { get; set; } = null!;

    public ShelfState State { get; set; }

    /// <summary>1 to 5, or null when the reader has not rated the book.</summary>
    public int? Rating { get; set; }

    /// <summary>Private to the reader, at most <see cref="ShelfLimits.Note"/> characters.</summary>
    public string? Note { get; set; }

    /// <summary>
    /// Whether the reader shows this book (its state and rating, never the note) to the members of their book clubs.
    /// Off unless the reader turns it on for this book.
    /// </summary>
    public bool VisibleToClubs { get; set; }

    public DateTime AddedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Bumped on every change: a second tab saving over a change it never saw is refused, not silently lost.</summary>
    public int Version { get; set; }
}

public static class ShelfLimits
{
    public const int Note = 1000;
    public const int MinRating = 1;
    public const int MaxRating = 5;
}
