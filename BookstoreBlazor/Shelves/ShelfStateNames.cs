namespace BookstoreBlazor.Shelves;

/// <summary>What people read for a <see cref="ShelfState"/>, and its name in URLs.</summary>
public static class ShelfStateNames
{
    public static IReadOnlyList<ShelfState> All { get; } = [ShelfState.WantToRead, ShelfState.Reading, ShelfState.Read];

    public static string Label(ShelfState state) => state switch
    {
        ShelfState.WantToRead => "Want to read",
        ShelfState.Reading => "Reading",
        ShelfState.Read => "Read",
        _ => state.ToString(),
    };

    public static string Slug(ShelfState state) => state switch
    {
        ShelfState.WantToRead => "want-to-read",
        ShelfState.Reading => "reading",
        ShelfState.Read => "read",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>The state a URL names, or null for none or anything unknown (which shows the whole shelf).</summary>
    public static ShelfState? Parse(string? slug) =>
        All.Cast<ShelfState?>().FirstOrDefault(s => string.Equals(Slug(s!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));
}
