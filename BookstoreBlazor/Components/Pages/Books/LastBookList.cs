using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>
/// The list this reader last looked at (one per circuit), so a book's page leads back to the same search, filters
/// and page rather than to the start of the catalogue.
/// </summary>
public sealed class LastBookList
{
    public CatalogQuery? Query { get; set; }

    public string Url => Query is { } query ? CatalogRoutes.List(query) : CatalogRoutes.Books;
}
