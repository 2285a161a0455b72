namespace BookstoreBlazor.Shelves;

/// <summary>The reader's shelf page and its state filter in the URL.</summary>
public static class ShelfRoutes
{
    public const string Page = "/shelf";
    public const string StateParameter = "state";

    /// <summary><c>/shelf</c>, or <c>/shelf?state=reading</c> for one state.</summary>
    public static string Filtered(ShelfState? state) =>
        state is { } s ? $"{Page}?{StateParameter}={ShelfStateNames.Slug(s)}" : Page;
}
