using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// <c>GET /covers/{isbn}.svg?v={hash}</c>. A URL whose hash is the current one names one drawing forever, so it is
/// cached for a year as immutable. Any other (no hash: a hand-typed link; an old hash: a page rendered before an
/// edit) gets the current drawing for a minute, then revalidates: a redirect would cost every such image a second
/// round trip just to land on the same bytes.
/// </summary>
internal static class CoverEndpoint
{
    public const string ContentType = "image/svg+xml; charset=utf-8";
    public const string ImmutableCaching = "public, max-age=31536000, immutable";
    public const string ShortCaching = "public, max-age=60";

    public static IEndpointRouteBuilder MapCovers(this IEndpointRouteBuilder app)
    {
        var cache = new CoverCache();
        app.MapGet(BookCovers.RoutePrefix + "/{isbn}.svg", (string isbn, HttpContext context, BookCatalog catalog) =>
            ServeAsync(isbn, context, catalog, cache));
        return app;
    }

    private static async Task<IResult> ServeAsync(string isbn, HttpContext context, BookCatalog catalog, CoverCache cache)
    {
        // Only the canonical form is a cover's URL; FindAsync would also accept hyphens.
        if (Isbn.Normalize(isbn) != isbn || await catalog.FindAsync(isbn, context.RequestAborted) is not { } book)
            return TypedResults.NotFound();

        var content = CoverContent.Of(book);
        var hash = BookCovers.ContentHash(content);
        var requested = context.Request.Query[BookCovers.VersionParameter].ToString();
        context.Response.Headers.CacheControl = requested == hash ? ImmutableCaching : ShortCaching;
        // The file result answers If-None-Match with 304 itself, comparing against this tag.
        return TypedResults.Bytes(cache.Get(book.Isbn, hash, content), ContentType,
            entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }
}
