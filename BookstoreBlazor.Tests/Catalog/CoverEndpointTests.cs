using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using BookstoreBlazor.Catalog.Covers;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary><c>GET /covers/{isbn}.svg</c>: the drawing, its caching and what it does with hostile titles.</summary>
public sealed class CoverEndpointTests(CatalogApp catalog) : IClassFixture<CatalogApp>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Sky = SampleBooks.IsbnOf("하늘과 바람과 별과 시");

    private async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null)
    {
        using var http = catalog.App.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await http.SendAsync(request);
    }

    private async Task<string> CurrentUrlAsync(string isbn) => BookCovers.UrlFor((await catalog.Catalog.FindAsync(isbn))!);

    [Fact]
    public async Task Cover_AtItsCurrentUrl_IsAnSvgCachedForAYearAsImmutable_WithTheHashAsAStrongETag()
    {
        var url = await CurrentUrlAsync(Sky);

        using var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(new EntityTagHeaderValue($"\"{url[(url.IndexOf("?v=") + 3)..]}\"", isWeak: false), response.Headers.ETag);
        var svg = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Contains("하늘과", svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains("윤동주", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?v=000000000000")]
    public async Task Cover_WithoutTheCurrentHash_IsTheCurrentDrawing_CachedForAMinuteOnly(string query)
    {
        var url = await CurrentUrlAsync(Sky);
        using var current = await GetAsync(url);

        using var response = await GetAsync($"/covers/{Sky}.svg{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.Equal(current.Headers.ETag, response.Headers.ETag);
        Assert.Equal(await current.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cover_WhoseETagTheBrowserHas_Is304WithoutABody()
    {
        var url = await CurrentUrlAsync(Sky);
        using var first = await GetAsync(url);
        var etag = first.Headers.ETag!.ToString();

        using var strong = await GetAsync(url, etag);
        using var weak = await GetAsync(url, "W/" + etag);
        using var listed = await GetAsync(url, $"\"other\", {etag}");
        using var other = await GetAsync(url, "\"other\"");

        Assert.Equal(HttpStatusCode.NotModified, strong.StatusCode);
        Assert.Empty(await strong.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, strong.Headers.ETag);
        Assert.Equal("public, max-age=31536000, immutable", strong.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Cover_AfterTheTitleIsEdited_HasANewUrl_AndTheOldUrlNoLongerClaimsToBeForever()
    {
        var book = await catalog.AddAsync("979120000002", "The First Title", "Ann Author");
        var oldUrl = BookCovers.UrlFor(book);
        var draft = BookstoreBlazor.Catalog.Editing.BookDraft.From(book);
        draft.Title = "The Second Title";

        var edited = (await catalog.Editor.UpdateAsync(book.Isbn, draft, book.Version, BookDatabase.Admin)).Value!;

        Assert.NotEqual(oldUrl, BookCovers.UrlFor(edited));
        using var old = await GetAsync(oldUrl);
        Assert.Equal("public, max-age=60", old.Headers.CacheControl?.ToString());
        Assert.Contains("Second", await old.Content.ReadAsStringAsync());
        using var current = await GetAsync(BookCovers.UrlFor(edited));
        Assert.Equal("public, max-age=31536000, immutable", current.Headers.CacheControl?.ToString());
    }

    [SecurityCase(CatalogueArea.Content, "Markup, `&` and a closing `</text>` in a title or author an admin typed, drawn into the book's SVG cover",
        "XML-escaped: the cover stays well-formed and holds no element, link or script from the book; served `nosniff`")]
    [Fact]
    public async Task Cover_OfAHostileTitleAndAuthor_IsWellFormedSvg_WithTheTextEscaped()
    {
        const string title = "<script>alert('cover')</script> & </text><a href=\"javascript:alert(1)\">";
        const string author = "Tom & \"Jerry\" <img src=x onerror=alert(1)>";
        var book = await catalog.AddAsync("979120000003", title, author);

        using var response = await GetAsync(BookCovers.UrlFor(book));

        var raw = await response.Content.ReadAsStringAsync();
        var svg = XElement.Parse(raw);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "a" or "img" or "foreignObject");
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(title, svg.Element(Svg + "title")?.Value);
        Assert.Contains(author, string.Join(' ', svg.Descendants(Svg + "text").Select(t => t.Value))); // over two lines
        Assert.Contains("&lt;script&gt;", raw);
        Assert.DoesNotContain("<script", raw);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/covers/9780000000019.svg")] // a valid ISBN nobody added
    [InlineData("/covers/9788900000017.svg")] // a wrong check digit
    [InlineData("/covers/not-an-isbn.svg")]
    [InlineData("/covers/978-89-00000016.svg")] // only the canonical form is a cover's address
    public async Task Cover_ForAnUnknownOrMalformedIsbn_Is404(string url)
    {
        using var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cover_OfARemovedBook_Is404()
    {
        var book = await catalog.AddAsync("979120000004", "Withdrawn", "Nobody");
        await catalog.Editor.RemoveAsync(book.Isbn, book.Version, BookDatabase.Admin);

        using var response = await GetAsync(BookCovers.UrlFor(book));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
