using System.Net;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// Sends one browser's cookies over whatever handler the harness supplies (which may trust its own certificate, and
/// must not keep cookies of its own), and keeps the cookies the app sets, as the browser would.
/// </summary>
internal sealed class CookieJarHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            request.Headers.TryAddWithoutValidation("Cookie", header);

        // Only circuits are measured: an idle keep-alive connection per simulated browser would be counted as theirs
        // (about 32 KB each in Kestrel, measured). The SignalR client was seen to negotiate over HTTP/2, where "close" means
        // nothing, so these requests are pinned to HTTP/1.1.
        request.Version = HttpVersion.Version11;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        request.Headers.ConnectionClose = true;

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var setCookie in setCookies)
                cookies.SetCookies(uri, setCookie);
        return response;
    }
}
