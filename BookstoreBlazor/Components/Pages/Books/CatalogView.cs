using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Books;

namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>
/// What the URL asked for and the page of books that answers it: the page actually shown (the last one when the URL
/// asked for more), the total, and the books as their cards need them.
/// </summary>
public sealed record CatalogView(CatalogQuery Requested, CatalogQuery Shown, int Total, IReadOnlyList<BookSummary> Books)
{
    public int PageCount => Math.Max(1, (Total + Shown.PageSize - 1) / Shown.PageSize);

    public static CatalogView Of(CatalogQuery requested, CatalogPage page) =>
        new(requested, page.Query, page.Total, BookSummary.Of(page.Books));
}
