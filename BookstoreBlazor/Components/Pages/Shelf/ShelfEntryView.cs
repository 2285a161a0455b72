using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Components.Pages.Shelf;

/// <summary>What a reader has saved for one book, as the panel shows it; <see cref="Version"/> is what their next save expects.</summary>
public sealed record ShelfEntryView(ShelfState State, int? Rating, string? Note, int Version, DateTime UpdatedAt, bool VisibleToClubs = false)
{
    public static ShelfEntryView From(ShelfEntry entry) =>
        new(entry.State, entry.Rating, entry.Note, entry.Version, entry.UpdatedAt, entry.VisibleToClubs);
}

/// <summary>
/// The panel's loaded entry, carried from prerendering into the interactive render so it is not read twice. It names
/// whose and which book it is, so it is never shown for another reader or book (null <see cref="Entry"/>: off the shelf).
/// </summary>
public sealed record ShelfPanelSnapshot(string UserId, string Isbn, ShelfEntryView? Entry);
