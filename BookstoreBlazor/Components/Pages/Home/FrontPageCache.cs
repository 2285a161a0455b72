using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Books;

namespace BookstoreBlazor.Components.Pages.Home;

/// <summary>
/// The front page's rows are the same for every visitor and change only when an admin edits the catalogue, so they
/// are read once and served from memory: again after any edit made through this instance, and at most
/// <see cref="MaxAge"/> after an edit made by another instance sharing the database.
/// </summary>
public sealed class FrontPageCache(BookCatalog catalog, CatalogGeneration generation, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private Entry? _entry;

    /// <summary>The rows; concurrent callers share one read, and a failed read is tried again by the next caller.</summary>
    public Task<FrontPageBooks> GetAsync()
    {
        if (Volatile.Read(ref _entry) is { } entry && IsCurrent(entry))
            return entry.Books;

        lock (_lock)
        {
            if (_entry is { } current && IsCurrent(current))
                return current.Books;

            // The generation is taken before reading, so an edit that lands during the read makes the next call read again.
            _entry = new Entry(LoadAsync(), generation.Current, clock.GetUtcNow());
            return _entry.Books;
        }
    }

    private bool IsCurrent(Entry entry) =>
        entry.Generation == generation.Current
        && clock.GetUtcNow() - entry.ReadAt < MaxAge
        && !entry.Books.IsFaulted && !entry.Books.IsCanceled;

    // Not the caller's cancellation: the read is shared, and one visitor leaving must not fail it for the others.
    private async Task<FrontPageBooks> LoadAsync() => new(
        BookSummary.Of(await catalog.FeaturedAsync(FrontPageBooks.RowLength)),
        BookSummary.Of(await catalog.NewestAsync(FrontPageBooks.RowLength)));

    private sealed record Entry(Task<FrontPageBooks> Books, long Generation, DateTimeOffset ReadAt);
}
