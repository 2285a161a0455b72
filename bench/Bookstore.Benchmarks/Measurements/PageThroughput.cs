using System.Net;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 2. The same server-rendered page anonymous and signed in, and a static file as the machine's ceiling: N browsers,
/// each on its own HTTP/1.1 keep-alive connection with its own cookies, requesting back to back. The catalogue's
/// pages too: its first page, each book's page and a few searches.
/// </summary>
public sealed class PageThroughput : IMeasurement
{
    private sealed record Case(string Title, string Path, bool SignedIn);

    private static readonly Case Anonymous = new("`/` anonymous", "/", SignedIn: false);
    private static readonly Case SignedIn = new("`/` signed in", "/", SignedIn: true);
    private static readonly Case Static = new("`/favicon.svg` (static file)", "/favicon.svg", SignedIn: false);
    private static readonly Case BooksAnonymous = new("`/books` anonymous", "/books", SignedIn: false);
    private static readonly Case BooksSignedIn = new("`/books` signed in", "/books", SignedIn: true);
    private static readonly Case BookAnonymous = new("`/books/{isbn}` anonymous", BookPath, SignedIn: false);
    private static readonly Case BookSignedIn = new("`/books/{isbn}` signed in", BookPath, SignedIn: true);
    private static readonly Case SearchAnonymous = new("`/books?q=…` anonymous", SearchPath, SignedIn: false);
    private static readonly Case SearchSignedIn = new("`/books?q=…` signed in", SearchPath, SignedIn: true);
    private static readonly Case[] Cases =
        [Anonymous, SignedIn, Static, BooksAnonymous, BooksSignedIn, BookAnonymous, BookSignedIn, SearchAnonymous, SearchSignedIn];

    /// <summary>Each request the next book of the catalogue's first page.</summary>
    private const string BookPath = "/books/{isbn}";

    /// <summary>Each request the next of <see cref="SearchTerms"/>.</summary>
    private const string SearchPath = "/books?q={term}";

    /// <summary>An author's family name and two title words: 15–35 of the seed catalogue's 187 books each.</summary>
    private static readonly string[] SearchTerms = ["kim", "night", "love"];

    public string Name => "throughput";

    public async Task RunAsync(BenchRun run)
    {
        var browsers = new Dictionary<AppVariant, Browsers>();
        var samples = run.Variants.SelectMany(v => Cases.Select(c => (c, v))).ToDictionary(key => key, _ => new RoundSamples());
        try
        {
            foreach (var variant in run.Variants)
            {
                run.Progress.Line($"{Name}: {variant}, {run.Shape.ThroughputClients} browsers: anonymous visits and Kakao sign-ins");
                browsers[variant] = await Browsers.OpenAsync(run, await run.AppAsync(variant));
            }

            for (var round = 1; round <= run.Shape.ThroughputRounds; round++)
            {
                foreach (var @case in Cases)
                {
                    foreach (var variant in run.Variants)
                    {
                        var target = browsers[variant];
                        if (round == 1)
                            await ClosedLoop.RunAsync(target.Count, run.Shape.ThroughputWarmUp, target.Request(@case), run.Cancellation);
                        var cpuBefore = target.App.CpuTime;
                        var slice = await ClosedLoop.RunAsync(target.Count, run.Shape.ThroughputSlice, target.Request(@case), run.Cancellation);
                        samples[(@case, variant)].Add(slice, target.App.CpuTime - cpuBefore);
                        run.Progress.Line($"{Name}: {variant}, {@case.Title}, round {round} of {run.Shape.ThroughputRounds}: {slice.PerSecond:N0} req/s");
                    }
                }
            }
        }
        finally
        {
            foreach (var target in browsers.Values)
                target.Dispose();
        }

        Record(run, samples);
    }

    private static void Record(BenchRun run, Dictionary<(Case, AppVariant), RoundSamples> samples)
    {
        foreach (var variant in run.Variants)
        {
            foreach (var @case in Cases)
            {
                var sample = samples[(@case, variant)];
                run.Table.Record(RowGroup.Throughput, $"{@case.Title}: requests/s", Unit.PerSecond, variant, sample.PerSecond);
                run.Table.Record(RowGroup.Throughput, $"{@case.Title}: p50 (ms)", Unit.Milliseconds, variant, sample.All.P50Ms);
                run.Table.Record(RowGroup.Throughput, $"{@case.Title}: p99 (ms)", Unit.Milliseconds, variant, sample.All.P99Ms);
                run.Table.Record(RowGroup.Throughput, $"{@case.Title}: app CPU per request (ms)", Unit.Milliseconds, variant, sample.AppCpuPerRequestMs);
                if (sample.All.Failed > 0)
                    run.Table.Note($"Throughput: {variant}, {@case.Title}: {sample.All.Failed:N0} requests failed (not counted), e.g. {sample.All.FirstError}");
            }

            var anonymous = samples[(Anonymous, variant)];
            var signedIn = samples[(SignedIn, variant)];
            run.Table.Record(RowGroup.Throughput, "Signed-in ÷ anonymous (requests/s)", Unit.Ratio, variant,
                signedIn.RatioTo(anonymous), Target.AtLeast(0.95, Unit.Ratio));
            run.Table.Record(RowGroup.Throughput, "Anonymous ÷ signed-in (app CPU per request)", Unit.Ratio, variant,
                anonymous.AppCpuPerRequestMs / signedIn.AppCpuPerRequestMs);
            run.Table.Record(RowGroup.Throughput, "Anonymous ÷ static file (requests/s)", Unit.Ratio, variant,
                anonymous.RatioTo(samples[(Static, variant)]));
            run.Table.Record(RowGroup.Throughput, "`/books` signed-in ÷ anonymous (requests/s)", Unit.Ratio, variant,
                samples[(BooksSignedIn, variant)].RatioTo(samples[(BooksAnonymous, variant)]), Target.AtLeast(0.95, Unit.Ratio));
            run.Table.Record(RowGroup.Throughput, "`/books/{isbn}` signed-in ÷ anonymous (requests/s)", Unit.Ratio, variant,
                samples[(BookSignedIn, variant)].RatioTo(samples[(BookAnonymous, variant)]));
            run.Table.Record(RowGroup.Throughput, "`/books?q=…` signed-in ÷ anonymous (requests/s)", Unit.Ratio, variant,
                samples[(SearchSignedIn, variant)].RatioTo(samples[(SearchAnonymous, variant)]));
        }

        run.Table.Note($"Throughput: {run.Shape.ThroughputClients} browsers, each on its own HTTP/1.1 keep-alive https connection, " +
                       $"requesting back to back with Chromium's navigation headers and its own cookies (signed in: its own user; " +
                       $"anonymous and static: what `/` set for a visitor), after a {run.Shape.ThroughputWarmUp.TotalSeconds:0.#} s warm-up; " +
                       $"{run.Shape.ThroughputRounds} rounds of {run.Shape.ThroughputSlice.TotalSeconds:0.#} s per case and column, alternating the " +
                       "columns. Requests/s is the median round, a ratio the median of its per-round ratios; p50/p99 are over every request. " +
                       "The load generator and the Logto emulator share the machine with the app. App CPU per request = the app process's " +
                       "CPU time (user + system) over the measured slices ÷ requests: it does not depend on what else the machine does. " +
                       "`/books/{isbn}`: each browser walks the books linked from the catalogue's first page, one per request; " +
                       $"`/books?q=…`: each browser cycles through the searches {string.Join(", ", SearchTerms.Select(t => $"`{t}`"))}.");
    }

    /// <summary>One variant's browsers: a connection each, and the Cookie header each sends anonymous and signed in.</summary>
    private sealed class Browsers : IDisposable
    {
        private readonly HttpClient[] _clients;
        private readonly string[] _anonymousCookies;
        private readonly string[] _signedInCookies;
        private readonly string[] _bookPaths;

        private Browsers(AppProcess app, HttpClient[] clients, string[] anonymousCookies, string[] signedInCookies, string[] bookPaths)
        {
            App = app;
            _clients = clients;
            _anonymousCookies = anonymousCookies;
            _signedInCookies = signedInCookies;
            _bookPaths = bookPaths;
        }

        public AppProcess App { get; }

        public int Count => _clients.Length;

        public static async Task<Browsers> OpenAsync(BenchRun run, AppProcess app)
        {
            var clients = Enumerable.Range(0, run.Shape.ThroughputClients).Select(_ => run.CreateClient(connections: 1)).ToArray();
            var anonymous = new string[clients.Length];
            var signedIn = new string[clients.Length];
            for (var i = 0; i < clients.Length; i++)
            {
                var visitor = new BenchBrowser(clients[i]);
                var home = await visitor.GoAsync(app.BaseUri, run.Cancellation);
                if (home.Status != HttpStatusCode.OK || KakaoSignIn.IsSignedInHome(home, app.BaseUri))
                    throw new InvalidOperationException($"An anonymous visit to / ended at {home}.");
                anonymous[i] = visitor.CookieHeader(app.BaseUri);
                signedIn[i] = (await run.SignInAsync(app, clients[i])).CookieHeader(app.BaseUri);
            }
            return new Browsers(app, clients, anonymous, signedIn, await BookPathsAsync(run, app, clients[0]));
        }

        /// <summary>The books the catalogue's first page links to, as a visitor finds them.</summary>
        private static async Task<string[]> BookPathsAsync(BenchRun run, AppProcess app, HttpClient client)
        {
            var books = await new BenchBrowser(client).GoAsync(new Uri(app.BaseUri, "/books"), run.Cancellation);
            var paths = books.Links().Select(link => link.AbsolutePath).Where(IsBookPath).Distinct().ToArray();
            return paths.Length > 0 ? paths : throw new InvalidOperationException($"No links to books on {books}.");
        }

        private static bool IsBookPath(string path) =>
            path.StartsWith("/books/", StringComparison.Ordinal) && path.Length > "/books/".Length
            && path["/books/".Length..].All(c => char.IsAsciiDigit(c) || c is 'X' or '-');

        /// <summary>The paths a case requests in turn: one, or one per book or search term.</summary>
        private string[] PathsOf(Case @case) => @case.Path switch
        {
            BookPath => _bookPaths,
            SearchPath => [.. SearchTerms.Select(term => SearchPath.Replace("{term}", Uri.EscapeDataString(term), StringComparison.Ordinal))],
            var path => [path],
        };

        public Func<int, CancellationToken, Task<Outcome>> Request(Case @case)
        {
            var urls = PathsOf(@case).Select(path => new Uri(App.BaseUri, path)).ToArray();
            var cookies = @case.SignedIn ? _signedInCookies : _anonymousCookies;
            // Each browser starts at its own place in the list, so the browsers do not all ask for the same page at once.
            var next = Enumerable.Range(0, Count).ToArray();
            return async (worker, cancellationToken) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, urls[next[worker]++ % urls.Length]);
                ChromiumNavigation.Apply(request, cookies[worker]);
                using var response = await _clients[worker].SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                return response.StatusCode == HttpStatusCode.OK ? Outcome.Success : Outcome.Failure;
            };
        }

        public void Dispose()
        {
            foreach (var client in _clients)
                client.Dispose();
        }
    }
}
