using System.Net;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A browser without a screen: one cookie jar for every host, redirects followed one by one and remembered, forms
/// posted with their hidden fields. Good enough to walk the app and the Logto emulator over real HTTP.
/// </summary>
public sealed class HttpBrowser : IDisposable
{
    private const int MaxRedirects = 20;
    private readonly HttpClient _http;

    public HttpBrowser()
    {
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies })
        {
            // Longer than any limit a test gives the app (at most Patience.Background), so the test sees the app's answer.
            Timeout = Patience.Background + Patience.Browser,
        };
        // What a browser sends when it navigates to a page.
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>The browser's language preferences, sent as Accept-Language from now on (e.g. <c>ko-KR,ko;q=0.9</c>).</summary>
    public void PreferLanguages(string acceptLanguage) => _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

    /// <summary>Sends this header with every request from now on, as a proxy in front of the app would add it.</summary>
    public void AddHeader(string name, string value) => _http.DefaultRequestHeaders.Add(name, value);

    /// <summary>
    /// Opens <paramref name="url"/> and follows redirects, stopping (without a request) at the first URL
    /// <paramref name="stopAt"/> accepts, e.g. a client's redirect URI on a host that does not exist.
    /// </summary>
    public async Task<BrowserPage> GoAsync(Uri url, Func<Uri, bool>? stopAt = null) =>
        await FollowAsync(url, await _http.GetAsync(url), stopAt);

    /// <summary>Submits the page's form (the one posting to <paramref name="action"/>, or the first) with these values on top.</summary>
    public async Task<BrowserPage> SubmitAsync(BrowserPage page, IReadOnlyDictionary<string, string?>? values = null,
        string? action = null, Func<Uri, bool>? stopAt = null)
    {
        var form = page.Form(action);
        var fields = new Dictionary<string, string?>(form.Fields);
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
            fields[name] = value;

        var target = new Uri(page.Uri, form.Action);
        var content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!)));
        return await FollowAsync(target, await _http.PostAsync(target, content), stopAt);
    }

    /// <summary>Sends a raw request, not following redirects (for checking one hop).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    private async Task<BrowserPage> FollowAsync(Uri url, HttpResponseMessage response, Func<Uri, bool>? stopAt)
    {
        var visited = new List<Uri>();
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
               or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently)
        {
            if (visited.Count == MaxRedirects)
                throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", visited));

            visited.Add(url);
            url = new Uri(url, response.Headers.Location!);
            response.Dispose();
            if (stopAt?.Invoke(url) == true)
                return new BrowserPage(url, HttpStatusCode.Redirect, "", visited);

            response = await _http.GetAsync(url);
        }

        using (response)
            return new BrowserPage(url, response.StatusCode, await response.Content.ReadAsStringAsync(), visited);
    }

    public void Dispose() => _http.Dispose();
}
