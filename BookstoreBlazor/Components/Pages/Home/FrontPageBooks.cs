using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Components.Pages.Home;

/// <summary>The books the front page shows: the editors' picks and the latest additions.</summary>
public sealed record FrontPageBooks(IReadOnlyList<Book> Featured, IReadOnlyList<Book> Newest)
{
    public const int RowLength = 8;
}
