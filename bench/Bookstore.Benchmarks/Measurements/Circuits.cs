using System.Globalization;
using Bookstore.Benchmarks.Circuits;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 4. Real signed-in circuits on <c>/profile</c>, a static page whose circuit is the account island's (the Blazor
/// protocol over WebSocket, see
/// <see cref="BlazorCircuit"/>): the app's working set per circuit at each level, and whether revalidation notices
/// sessions ended elsewhere (the user signing out in another tab) while hundreds of circuits are open.
/// </summary>
public sealed class CircuitMemory : IMeasurement
{
    public string Name => "circuits";

    public async Task RunAsync(BenchRun run)
    {
        var levels = run.Shape.CircuitLevels;
        var revalidationInterval = run.Shape.RevalidationInterval;
        foreach (var variant in run.Variants)
        {
            // A fresh process per variant: circuits of one column must not sit in the other's memory.
            var measured = variant with
            {
                Settings = new Dictionary<string, string>(variant.Settings)
                {
                    ["Sessions__RevalidationInterval"] = revalidationInterval.ToString("c", CultureInfo.InvariantCulture),
                },
            };
            await using var app = run.StartApp(measured, "circuits-" + variant.Id);
            await app.WaitUntilServingAsync(BenchRun.StartTimeout, run.Cancellation);
            await run.Logto.AllowAppAsync(app.BaseUri, run.Cancellation);

            using var client = run.CreateClient();
            var browsers = await SignInAsync(run, app, client, levels.Max(), variant);
            var result = await CircuitBenchmark.RunAsync(new CircuitBenchmarkInput(
                app.BaseUri,
                () => BenchHttpHandler.Create(run.Certificate),
                browsers.Select(browser => browser.Cookies).ToList(),
                "profile",
                () => app.WorkingSetBytes,
                levels,
                revalidationInterval,
                indexes => SignOutElsewhereAsync(browsers, indexes, app.BaseUri, run.Cancellation))
            {
                WarmUpCircuits = run.Shape.CircuitWarmUp,
                Settle = run.Shape.CircuitSettle,
                Samples = run.Shape.CircuitSamples,
                Progress = line => run.Progress.Line($"{Name}: {variant}, {line}"),
            });
            Record(run, variant, result, levels);
        }

        run.Table.Note("Circuits: each circuit is a separately signed-in browser whose `/profile` is opened as blazor.web.js " +
                       "does it (negotiate, WebSocket, `blazorpack`, StartCircuit, UpdateRootComponents), acknowledging " +
                       "every render batch and answering every JS call; `/profile` is static, so its circuit is the app " +
                       "bar's account island, and a circuit counts only once the user's name came back in its render batch. Working set is the app process's resident memory (median of a few " +
                       "readings after a settle), minus the idle app's, divided by the circuits open; the idle reading is " +
                       $"taken after {run.Shape.CircuitWarmUp} circuits were opened and closed, so what the process pays once " +
                       "(code compiled, heap grown by its first circuits) is not spread over the level. Revalidation: after " +
                       $"holding all circuits for two intervals ({IntervalText(revalidationInterval)}), 10 % of the users sign out in another tab; an open page has kept up when it " +
                       "switches to signed out (a render batch, or the island asking to load the signed-out page) within " +
                       "the interval plus 2 s, and no other page switches.");
    }

    private static string IntervalText(TimeSpan interval) => interval == LoadShape.ShippedRevalidationInterval
        ? $"{interval.TotalSeconds:0} s, as shipped"
        : $"{interval.TotalSeconds:0} s, shortened from the shipped {LoadShape.ShippedRevalidationInterval.TotalSeconds:0} s";

    private static async Task<List<BenchBrowser>> SignInAsync(BenchRun run, AppProcess app, HttpClient client, int count, AppVariant variant)
    {
        run.Progress.Line($"circuits: {variant}, signing in {count} browsers");
        var browsers = new BenchBrowser[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = run.Cancellation },
            async (i, _) => browsers[i] = await run.SignInAsync(app, client));
        return [.. browsers];
    }

    /// <summary>The user signs out in another tab of the same browser, so the open page's session ends under it.</summary>
    private static async Task SignOutElsewhereAsync(IReadOnlyList<BenchBrowser> browsers, IReadOnlyList<int> indexes, Uri app,
        CancellationToken cancellationToken)
    {
        foreach (var index in indexes)
        {
            var confirmation = await browsers[index].GoAsync(new Uri(app, "/sign-out"), cancellationToken);
            await browsers[index].SubmitAsync(confirmation, new Dictionary<string, string>(), cancellationToken);
        }
    }

    private static void Record(BenchRun run, AppVariant variant, CircuitBenchmarkResult result, IReadOnlyList<int> levels)
    {
        foreach (var level in result.Levels)
        {
            var target = level.Requested == levels.Max() && levels.Max() >= 500 ? Target.AtMost(200, Unit.Kilobytes) : null;
            run.Table.Record(RowGroup.Circuits, $"{level.Requested} circuits: working set per circuit (KB)", Unit.Kilobytes, variant,
                (level.BytesPerCircuit ?? double.NaN) / 1024, target);
            run.Table.Record(RowGroup.Circuits, $"{level.Requested} circuits: opened and rendered", Unit.Count, variant,
                level.Opened, showRatio: false);
        }

        // Independent of the idle reading: what each circuit beyond the first level added.
        if (result.Levels is [.., var lower, var upper] && upper.Opened > lower.Opened)
            run.Table.Record(RowGroup.Circuits, $"From {lower.Requested} to {upper.Requested} circuits: working set added per circuit (KB)",
                Unit.Kilobytes, variant, (upper.WorkingSetAfter - lower.WorkingSetAfter) / 1024.0 / (upper.Opened - lower.Opened));

        if (result.Revalidation is { } revalidation)
        {
            run.Table.Record(RowGroup.Circuits, "Sessions ended elsewhere: open pages switched to signed out in time",
                Unit.Percent, variant, revalidation.Ended == 0 ? double.NaN : (double)revalidation.SwitchedInTime / revalidation.Ended,
                showRatio: false);
            run.Table.Record(RowGroup.Circuits, "Sessions ended elsewhere: open pages still signed in", Unit.Count, variant,
                revalidation.SwitchedLate + revalidation.NeverSwitched, showRatio: false);
            // Only where pages switched at all: the sample design never notices, so it has no delay to report.
            if (revalidation.P99DelaySeconds is { } p99)
                run.Table.Record(RowGroup.Circuits, "Sessions ended elsewhere: p99 delay until the page switched (ms)",
                    Unit.Milliseconds, variant, p99 * 1000, showRatio: false);
            run.Table.Record(RowGroup.Circuits, "Other open pages that switched or dropped", Unit.Count, variant,
                revalidation.UntouchedThatSwitched + (revalidation.Held - revalidation.ConnectedAtEnd), showRatio: false);
        }
    }
}
