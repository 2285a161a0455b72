using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>What the URL asked for and the page of books that answers it (which may be clamped to the last page).</summary>
public sealed record CatalogView(CatalogQuery Requested, CatalogPage Results);
