using System.Globalization;
using System.Net;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 3b. Whether the app keeps anything of a user who signed in and out: a fresh app process per variant, 10,000 complete
/// Kakao sign-ins each followed by its sign-out (8 users at a time), and the app's working set after a full garbage
/// collection at the start (after a warm-up), midway and at the end. It must not grow.
/// </summary>
public sealed class MemoryOverTime : IMeasurement
{
    private const int Users = 8;
    private const int ReadingsPerPoint = 3;
    private static readonly TimeSpan ReadingSpacing = TimeSpan.FromMilliseconds(300);

    /// <summary>End ÷ start may be at most this: room for a page's caches filling while nothing leaks.</summary>
    private const double AllowedGrowth = 1.10;

    public string Name => "memory";

    public async Task RunAsync(BenchRun run)
    {
        var cycles = run.Shape.MemoryCycles;
        foreach (var variant in run.Variants)
        {
            // A process of its own: what the other measurements left in the shared app must not count.
            await using var ownApp = run.Shape.MemoryOwnApp ? run.StartApp(variant, "memory-" + variant.Id) : null;
            var app = ownApp ?? await run.AppAsync(variant);
            if (ownApp is not null)
            {
                await ownApp.WaitUntilServingAsync(BenchRun.StartTimeout, run.Cancellation);
                await run.Logto.AllowAppAsync(ownApp.BaseUri, run.Cancellation);
            }
            var clients = Enumerable.Range(0, Users).Select(_ => run.CreateClient()).ToArray();
            try
            {
                var failures = new LoadResult();
                failures.Merge(await CycleAsync(run, app, clients, run.Shape.MemoryWarmUpCycles), addElapsed: false);
                var start = await ReadAsync(app, run.Cancellation);
                run.Progress.Line($"{Name}: {variant}, after {run.Shape.MemoryWarmUpCycles:N0} warm-up cycles: {start}");
                failures.Merge(await CycleAsync(run, app, clients, cycles / 2), addElapsed: false);
                var midway = await ReadAsync(app, run.Cancellation);
                run.Progress.Line($"{Name}: {variant}, after {cycles / 2:N0} cycles: {midway}");
                failures.Merge(await CycleAsync(run, app, clients, cycles - cycles / 2), addElapsed: false);
                var end = await ReadAsync(app, run.Cancellation);
                run.Progress.Line($"{Name}: {variant}, after {cycles:N0} cycles: {end}, {failures.Failed} failed");
                Record(run, variant, cycles, start, midway, end, failures);
            }
            finally
            {
                foreach (var client in clients)
                    client.Dispose();
            }
        }
        run.Table.Note($"Memory: {(run.Shape.MemoryOwnApp ? "a fresh app process per column" : "the app the other measurements used")}; {Users} users at a time each run complete Kakao sign-ins (as in " +
                       "Sign-in) followed by the sign-out (`/sign-out` confirmed, the refresh token revoked at Logto, Logto's " +
                       "end-session, back to the app's `/`), each in a fresh cookie jar, round robin over the Kakao accounts. " +
                       $"Start = after {run.Shape.MemoryWarmUpCycles:N0} unmeasured cycles; then midway and after {cycles:N0} more. " +
                       "Before each reading the app runs a full blocking garbage collection (induced over EventPipe, as " +
                       $"`dotnet-gcdump` does); the working set is the median of {ReadingsPerPoint} readings of its resident " +
                       "memory right after, the managed heap what the collector reported. Target: end ≤ start × " +
                       $"{AllowedGrowth.ToString("0.00", CultureInfo.InvariantCulture)}.");
    }

    private readonly record struct Reading(double WorkingSetMb, double ManagedHeapMb)
    {
        public override string ToString() => $"working set {WorkingSetMb:N1} MB, managed heap {ManagedHeapMb:N1} MB";
    }

    /// <summary><paramref name="count"/> sign-ins and sign-outs, <see cref="Users"/> at a time.</summary>
    private static async Task<LoadResult> CycleAsync(BenchRun run, AppProcess app, HttpClient[] clients, int count)
    {
        var left = count;
        var results = await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            var result = new LoadResult();
            while (Interlocked.Decrement(ref left) >= 0)
            {
                Exception? error = null;
                var outcome = Outcome.Failure;
                try
                {
                    outcome = await SignInAndOutAsync(run, app, client) ? Outcome.Success : Outcome.Failure;
                }
                catch (Exception e) when (!run.Cancellation.IsCancellationRequested)
                {
                    error = e;
                }
                result.Add(outcome, 0, error);
            }
            return result;
        }, run.Cancellation)));
        var total = new LoadResult();
        foreach (var result in results)
            total.Merge(result, addElapsed: false);
        return total;
    }

    private static async Task<bool> SignInAndOutAsync(BenchRun run, AppProcess app, HttpClient client)
    {
        var browser = new BenchBrowser(client);
        await KakaoSignIn.RunAsync(browser, app.BaseUri, run.Logto.NextAccount(), run.Cancellation);
        var confirmation = await browser.GoAsync(new Uri(app.BaseUri, "/sign-out"), run.Cancellation);
        var home = await browser.SubmitAsync(confirmation, new Dictionary<string, string>(), run.Cancellation);
        return home.Status == HttpStatusCode.OK && home.Uri.Authority == app.BaseUri.Authority && home.Uri.AbsolutePath == "/"
            && !KakaoSignIn.IsSignedInHome(home, app.BaseUri);
    }

    private static async Task<Reading> ReadAsync(AppProcess app, CancellationToken cancellationToken)
    {
        var heap = await InducedGc.CollectAsync(app.ProcessId, cancellationToken);
        var readings = new List<double>();
        for (var i = 0; i < ReadingsPerPoint; i++)
        {
            if (i > 0)
                await Task.Delay(ReadingSpacing, cancellationToken);
            readings.Add(app.WorkingSetBytes);
        }
        return new Reading(Median.Of(readings) / (1024 * 1024), heap / (1024.0 * 1024));
    }

    private static void Record(BenchRun run, AppVariant variant, int cycles, Reading start, Reading midway, Reading end, LoadResult failures)
    {
        var count = cycles.ToString("N0", CultureInfo.InvariantCulture);
        var half = (cycles / 2).ToString("N0", CultureInfo.InvariantCulture);
        run.Table.Record(RowGroup.Memory, "Working set at the start, after a warm-up (MB)", Unit.Megabytes, variant, start.WorkingSetMb);
        run.Table.Record(RowGroup.Memory, $"Working set after {half} sign-ins and sign-outs (MB)", Unit.Megabytes, variant, midway.WorkingSetMb);
        run.Table.Record(RowGroup.Memory, $"Working set after {count} sign-ins and sign-outs (MB)", Unit.Megabytes, variant, end.WorkingSetMb);
        run.Table.Record(RowGroup.Memory, "Working set: end ÷ start", Unit.Ratio, variant, end.WorkingSetMb / start.WorkingSetMb,
            Target.AtMost(AllowedGrowth, Unit.Ratio));
        run.Table.Record(RowGroup.Memory, "Managed heap at the start (MB)", Unit.Megabytes, variant, start.ManagedHeapMb);
        run.Table.Record(RowGroup.Memory, $"Managed heap after {count} sign-ins and sign-outs (MB)", Unit.Megabytes, variant, end.ManagedHeapMb);
        run.Table.Record(RowGroup.Memory, "Failed sign-ins and sign-outs", Unit.Count, variant, failures.Failed, showRatio: false);
        if (failures.Failed > 0)
            run.Table.Note($"Memory: {variant}: {failures.Failed:N0} sign-ins and sign-outs failed, e.g. {failures.FirstError}");
    }
}
