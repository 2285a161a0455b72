using System.Security.Cryptography;
using System.Text;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Where a book's cover is. The URL carries a hash of everything the cover is drawn from, so it can be cached for a
/// year: an edited title gives a new URL, never a stale picture.
/// </summary>
public static class BookCovers
{
    /// <summary>Bump when the drawing itself changes, so every cached cover is drawn anew.</summary>
    public const int DesignRevision = 1;

    public const string RoutePrefix = "/covers";

    public static string UrlFor(Book book) => $"{RoutePrefix}/{book.Isbn}.svg?v={ContentHash(book)}";

    public static string ContentHash(Book book)
    {
        var drawnFrom = string.Join('\u001f', [book.Title, .. book.Authors, book.Genre, book.Language, DesignRevision.ToString()]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(drawnFrom)))[..12];
    }
}
