using BookstoreBlazor.Catalog;
using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Clubs;

/// <summary>
/// A book a member shows their clubs: where it sits on their shelf and their rating. It has no note field: a note is
/// private to its reader and is never read for anyone else.
/// </summary>
public sealed record ClubShelfEntry(string MemberId, Book Book, ShelfState State, int? Rating, DateTime UpdatedAt);
