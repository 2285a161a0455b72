using System.Globalization;
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
    public const int DesignRevision = 2;

    public const string RoutePrefix = "/covers";

    public const string VersionParameter = "v";

    public static string UrlFor(Book book) => $"{RoutePrefix}/{book.Isbn}.svg?{VersionParameter}={ContentHash(book)}";

    public static string ContentHash(Book book) => ContentHash(CoverContent.Of(book));

    public static string ContentHash(CoverContent cover)
    {
        // Each part carries its length, so no title or author can be shaped to read as another split of the parts.
        string[] parts = [DesignRevision.ToString(CultureInfo.InvariantCulture), cover.Genre, cover.Language, cover.Title, .. cover.Authors];
        var drawnFrom = string.Concat(parts.Select(part => $"{part.Length}:{part};"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(drawnFrom)))[..12];
    }
}
