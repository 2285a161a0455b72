using System.Net;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 1. What a signed-in browser carries: the auth cookie after a Kakao sign-in (every chunk), and the request head it
/// sends for a page with all of the app's cookies.
/// </summary>
public sealed class CookieBytes : IMeasurement
{
    /// <summary>The auth cookie outside Development; chunks are named <c>…authC1</c>, <c>…authC2</c>, …</summary>
    public const string AuthCookie = "__Host-bookstore.auth";

    public string Name => "bytes";

    public async Task RunAsync(BenchRun run)
    {
        foreach (var variant in run.Variants)
        {
            var app = await run.AppAsync(variant);
            run.Progress.Line($"{Name}: {variant}, a Kakao sign-in");
            using var client = run.CreateClient();
            var browser = await run.SignInAsync(app, client);

            var cookies = browser.Cookies.GetCookies(app.BaseUri).ToList();
            var auth = cookies.Where(cookie => cookie.Name.StartsWith(AuthCookie, StringComparison.Ordinal)).ToList();
            if (auth.Count == 0)
                throw new InvalidOperationException($"No {AuthCookie} cookie after signing in; the browser holds: {string.Join(", ", cookies.Select(c => c.Name))}.");

            run.Table.Record(RowGroup.Bytes, "Auth cookie after a Kakao sign-in (bytes, all chunks)", Unit.Bytes, variant,
                auth.Sum(NameValueBytes), Target.AtMost(512, Unit.Bytes));
            run.Table.Record(RowGroup.Bytes, "Auth cookies (base + chunks)", Unit.Count, variant, auth.Count, showRatio: false);
            run.Table.Record(RowGroup.Bytes, "Request head of a signed-in page request (bytes)", Unit.Bytes, variant,
                ChromiumNavigation.RequestHeadBytes(app.BaseUri, browser.CookieHeader(app.BaseUri)));
        }

        run.Table.Note("Bytes: the auth cookie is the sum of `name=value` over every auth cookie (the base cookie and its chunks " +
                       "`…authC1`, `…authC2`, …) as the browser stores them after a Kakao sign-in. The request head is " +
                       "`GET / HTTP/1.1`, the headers Chromium 156 sends for a same-origin navigation (Host, Connection, " +
                       "sec-ch-ua ×3, Upgrade-Insecure-Requests, User-Agent, Accept, Sec-Fetch-* ×4, Referer, Accept-Encoding, " +
                       "Accept-Language) and the Cookie header with every cookie the app has set, each line with its CRLF.");
    }

    private static int NameValueBytes(Cookie cookie) => cookie.Name.Length + 1 + cookie.Value.Length;
}
