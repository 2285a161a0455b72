namespace BookstoreBlazor.Shelves;

/// <summary>A reader's shelf, or one state of it, with how many books sit in each state.</summary>
public sealed record ShelfListing(IReadOnlyList<ShelfEntry> Entries, IReadOnlyDictionary<ShelfState, int> Counts)
{
    public int Total => Counts.Values.Sum();

    public int CountOf(ShelfState state) => Counts.GetValueOrDefault(state);
}
