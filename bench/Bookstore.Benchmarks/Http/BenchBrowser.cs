using System.Diagnostics;
using System.Net;

namespace Bookstore.Benchmarks.Http;

/// <summary>
/// A browser without a screen over a shared keep-alive client: its own cookie jar for every host, redirects followed
/// one by one, forms posted with their hidden fields, and the time of every request by host, so a sign-in's time can be
/// split between the app and Logto.
/// </summary>
public sealed class BenchBrowser(HttpClient http)
{
    private const int MaxRedirects = 20;
    private readonly List<RequestTiming> _timings = [];

    /// <summary>The jar; hand it to a SignalR connection to open a circuit as this browser's user.</summary>
    public CookieContainer Cookies { get; } = new();

    public IReadOnlyList<RequestTiming> Timings => _timings;

    /// <summary>The Cookie header this browser sends to <paramref name="url"/>, or "" when it has no cookie for it.</summary>
    public string CookieHeader(Uri url) => Cookies.GetCookieHeader(url);

    /// <summary>Time spent waiting on requests to <paramref name="host"/> (host:port), in Stopwatch ticks.</summary>
    public long TicksSpentOn(Uri host) => _timings.Where(t => t.Host == host.Authority).Sum(t => t.ElapsedTicks);

    public async Task<BenchPage> GoAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var (response, html) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        return await FollowAsync(url, response, html, cancellationToken);
    }

    /// <summary>Submits the page's first form with <paramref name="values"/> on top of its own fields.</summary>
    public async Task<BenchPage> SubmitAsync(BenchPage page, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        var (action, fields) = page.Form();
        foreach (var (name, value) in values)
            fields[name] = value;
        var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.TryAddWithoutValidation("Origin", page.Uri.GetLeftPart(UriPartial.Authority));
        var (response, html) = await SendAsync(request, cancellationToken);
        return await FollowAsync(action, response, html, cancellationToken);
    }

    private async Task<BenchPage> FollowAsync(Uri url, HttpResponseMessage response, string html, CancellationToken cancellationToken)
    {
        for (var redirects = 0; IsRedirect(response.StatusCode); redirects++)
        {
            if (redirects == MaxRedirects)
                throw new InvalidOperationException($"More than {MaxRedirects} redirects, the last to {url}.");
            url = new Uri(url, response.Headers.Location!);
            response.Dispose();
            (response, html) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        }

        using (response)
            return new BenchPage(url, response.StatusCode, html);
    }

    private async Task<(HttpResponseMessage, string)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        ChromiumNavigation.Apply(request, CookieHeader(url));
        var started = Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        _timings.Add(new RequestTiming(url.Authority, Stopwatch.GetTimestamp() - started));
        request.Dispose();

        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
                Cookies.SetCookies(url, setCookie);
        }
        return (response, html);
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.Moved or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
