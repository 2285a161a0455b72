using System.Text;

namespace Bookstore.Benchmarks.Http;

/// <summary>
/// The request headers Chromium (156, Linux) sends for a top-level navigation over HTTP/1.1, so counted bytes and
/// load requests look like a real browser's and not like a bare HTTP client's.
/// </summary>
public static class ChromiumNavigation
{
    private static readonly (string Name, string Value)[] BrowserHeaders =
    [
        ("Connection", "keep-alive"),
        ("sec-ch-ua", "\"Chromium\";v=\"156\", \"Not.A/Brand\";v=\"99\""),
        ("sec-ch-ua-mobile", "?0"),
        ("sec-ch-ua-platform", "\"Linux\""),
        ("Upgrade-Insecure-Requests", "1"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"),
        ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"),
        ("Sec-Fetch-Site", "same-origin"),
        ("Sec-Fetch-Mode", "navigate"),
        ("Sec-Fetch-User", "?1"),
        ("Sec-Fetch-Dest", "document"),
        ("Accept-Encoding", "gzip, deflate, br, zstd"),
        ("Accept-Language", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"),
    ];

    /// <summary>Every header of a navigation to <paramref name="url"/>, in Chromium's order; Host first, Cookie last.</summary>
    public static IReadOnlyList<(string Name, string Value)> Headers(Uri url, string? cookieHeader)
    {
        var headers = new List<(string, string)> { ("Host", url.Authority) };
        headers.AddRange(BrowserHeaders);
        headers.Insert(headers.FindIndex(h => h.Item1 == "Accept-Encoding"), ("Referer", url.GetLeftPart(UriPartial.Authority) + "/"));
        if (!string.IsNullOrEmpty(cookieHeader))
            headers.Add(("Cookie", cookieHeader));
        return headers;
    }

    /// <summary>
    /// The size of the request head on the wire: request line, each <c>Name: value</c> line with its CRLF, and the
    /// blank line that ends the head (ASCII; cookie values are ASCII).
    /// </summary>
    public static int RequestHeadBytes(Uri url, string? cookieHeader)
    {
        var head = new StringBuilder($"GET {url.PathAndQuery} HTTP/1.1\r\n");
        foreach (var (name, value) in Headers(url, cookieHeader))
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        return Encoding.UTF8.GetByteCount(head.ToString());
    }

    /// <summary>Adds the browser's headers to a request; HttpClient writes Host itself.</summary>
    public static void Apply(HttpRequestMessage request, string? cookieHeader)
    {
        foreach (var (name, value) in Headers(request.RequestUri!, cookieHeader))
        {
            if (name != "Host")
                request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
