namespace BookstoreBlazor.Shelves;

/// <summary>The reader's shelf page and its state filter in the URL, and the catalogue's routes the shelf links to.</summary>
public static class ShelfRoutes
{
    public const string Page = "/shelf";
    public const string StateParameter = "state";

    /// <summary>The catalogue's book list.</summary>
    public const string Catalogue = "/books";

    /// <summary><c>/shelf</c>, or <c>/shelf?state=reading</c> for one state.</summary>
    public static string Filtered(ShelfState? state) =>
        state is { } s ? $"{Page}?{StateParameter}={ShelfStateNames.Slug(s)}" : Page;

    /// <summary>A book's page in the catalogue, where its shelf panel is.</summary>
    public static string Book(string isbn) => $"{Catalogue}/{Uri.EscapeDataString(isbn)}";
}
