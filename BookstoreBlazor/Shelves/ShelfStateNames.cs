using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Shelves;

/// <summary>What people read for a <see cref="ShelfState"/>, and its name in URLs.</summary>
public static class ShelfStateNames
{
    public static IReadOnlyList<ShelfState> All { get; } = [ShelfState.WantToRead, ShelfState.Reading, ShelfState.Read];

    /// <summary>The state's name in the reader's language.</summary>
    public static string Label(ShelfState state, IStringLocalizer<ShelfText> text) =>
        Enum.IsDefined(state) ? text[$"State.{state}"] : state.ToString();

    /// <summary>Every state's name in the reader's language, in order, for sentences that list them ({0}, {1} or {2}).</summary>
    public static object[] Labels(IStringLocalizer<ShelfText> text) => All.Select(state => (object)Label(state, text)).ToArray();

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
