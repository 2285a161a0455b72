using System.Net;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 2. The same server-rendered page anonymous and signed in, and a static file as the machine's ceiling: N browsers,
/// each on its own HTTP/1.1 keep-alive connection with its own cookies, requesting back to back.
/// </summary>
public sealed class PageThroughput : IMeasurement
{
    private sealed record Case(string Title, string Path, bool SignedIn);

    private static readonly Case Anonymous = new("`/` anonymous", "/", SignedIn: false);
    private static readonly Case SignedIn = new("`/` signed in", "/", SignedIn: true);
    private static readonly Case Static = new("`/favicon.svg` (static file)", "/favicon.svg", SignedIn: false);
    private static readonly Case BooksAnonymous = new("`/books` anonymous", "/books", SignedIn: false);
    private static readonly Case BooksSignedIn = new("`/books` signed in", "/books", SignedIn: true);
    private static readonly Case[] Cases = [Anonymous, SignedIn, Static, BooksAnonymous, BooksSignedIn];

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
        }

        run.Table.Note($"Throughput: {run.Shape.ThroughputClients} browsers, each on its own HTTP/1.1 keep-alive https connection, " +
                       $"requesting back to back with Chromium's navigation headers and its own cookies (signed in: its own user; " +
                       $"anonymous and static: what `/` set for a visitor), after a {run.Shape.ThroughputWarmUp.TotalSeconds:0.#} s warm-up; " +
                       $"{run.Shape.ThroughputRounds} rounds of {run.Shape.ThroughputSlice.TotalSeconds:0.#} s per case and column, alternating the " +
                       "columns. Requests/s is the median round, a ratio the median of its per-round ratios; p50/p99 are over every request. " +
                       "The load generator and the Logto emulator share the machine with the app. App CPU per request = the app process's " +
                       "CPU time (user + system) over the measured slices ÷ requests: it does not depend on what else the machine does.");
    }

    /// <summary>One variant's browsers: a connection each, and the Cookie header each sends anonymous and signed in.</summary>
    private sealed class Browsers : IDisposable
    {
        private readonly HttpClient[] _clients;
        private readonly string[] _anonymousCookies;
        private readonly string[] _signedInCookies;

        private Browsers(AppProcess app, HttpClient[] clients, string[] anonymousCookies, string[] signedInCookies)
        {
            App = app;
            _clients = clients;
            _anonymousCookies = anonymousCookies;
            _signedInCookies = signedInCookies;
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
            return new Browsers(app, clients, anonymous, signedIn);
        }

        public Func<int, CancellationToken, Task<Outcome>> Request(Case @case)
        {
            var url = new Uri(App.BaseUri, @case.Path);
            var cookies = @case.SignedIn ? _signedInCookies : _anonymousCookies;
            return async (worker, cancellationToken) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
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
