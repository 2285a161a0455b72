using BookstoreBlazor.Components.Books;

namespace BookstoreBlazor.Components.Pages.Home;

/// <summary>The books the front page shows: the editors' picks and the latest additions.</summary>
public sealed record FrontPageBooks(IReadOnlyList<BookSummary> Featured, IReadOnlyList<BookSummary> Newest)
{
    public const int RowLength = 8;
}
