namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Everything a cover is drawn from, and nothing else: the drawing and its hash both read this, so a cover can only
/// change when its URL does.
/// </summary>
public sealed record CoverContent(string Title, IReadOnlyList<string> Authors, string Genre, string Language)
{
    public static CoverContent Of(Book book) => new(book.Title, book.Authors, book.Genre, book.Language);
}
