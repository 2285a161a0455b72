using System.Diagnostics;
using System.Globalization;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 5. From <c>Process.Start</c> of the published app to its first 200 on <c>/</c> and on to its first completed Kakao
/// sign-in, median of a few starts per variant. Runs first, while no other app process competes for the CPU.
/// </summary>
public sealed class StartUp : IMeasurement
{
    public string Name => "start-up";

    public async Task RunAsync(BenchRun run)
    {
        var times = run.Variants.ToDictionary(variant => variant, _ => new List<StartTimes>());

        // An unmeasured first start per variant creates its database and key ring and warms the disk cache: what is
        // measured is a restart of a deployed app, the start that happens on every deploy and scale-out.
        foreach (var variant in run.Shape.StartUpUnmeasuredFirstStart ? run.Variants : [])
        {
            run.Progress.Line($"{Name}: {variant}, first start (creates the database, not measured)");
            await StartOnceAsync(run, variant);
        }

        for (var i = 1; i <= run.Shape.StartUpRuns; i++)
        {
            foreach (var variant in run.Variants)
            {
                var start = await StartOnceAsync(run, variant);
                times[variant].Add(start);
                run.Progress.Line($"{Name}: {variant}, start {i} of {run.Shape.StartUpRuns}: / in {Format(start.ServingMs)} ms, " +
                                  $"signed in at {Format(start.SignedInMs)} ms (its first redirect {Format(start.FirstRedirectMs)} ms)");
            }
        }

        foreach (var (variant, starts) in times)
        {
            run.Table.Record(RowGroup.StartUp, "Process start → first 200 on `/` (ms, median)", Unit.Milliseconds,
                variant, Median.Of(starts.Select(s => s.ServingMs).ToList()), Target.AtMost(2000, Unit.Milliseconds));
            run.Table.Record(RowGroup.StartUp, "Process start → first completed Kakao sign-in (ms, median)", Unit.Milliseconds,
                variant, Median.Of(starts.Select(s => s.SignedInMs).ToList()));
            run.Table.Record(RowGroup.StartUp, "First `GET /sign-in/kakao` after start → its redirect (ms, median)", Unit.Milliseconds,
                variant, Median.Of(starts.Select(s => s.FirstRedirectMs).ToList()), Target.AtMost(1000, Unit.Milliseconds));
        }
        run.Table.Note("Start-up: `dotnet BookstoreBlazor.dll` of the Release publish, Production, https; timed from `Process.Start` " +
                       $"to the first 200 on `/` (polled every 5 ms), then on through one Kakao sign-in by a new browser (challenge, " +
                       "Logto, consent, callback, signed-in `/`); the first redirect is that sign-in's first request alone (its TLS " +
                       $"handshake included). Median of {run.Shape.StartUpRuns} restarts per column against an existing session " +
                       "database and the benchmark's running Logto emulator" +
                       (run.Shape.StartUpUnmeasuredFirstStart ? ", after one unmeasured first start." : " (smoke: the first start, measured)."));
    }

    private static async Task<StartTimes> StartOnceAsync(BenchRun run, Hosting.AppVariant variant)
    {
        await using var app = run.StartApp(variant, "start-up-" + variant.Id);
        // While the process boots: Logto must know the new port's callback before anyone signs in there.
        var allowed = app.BaseUri;
        await run.Logto.AllowAppAsync(allowed, run.Cancellation);
        var serving = await app.WaitUntilServingAsync(BenchRun.StartTimeout, run.Cancellation);
        if (app.BaseUri != allowed)
            await run.Logto.AllowAppAsync(app.BaseUri, run.Cancellation);

        using var client = run.CreateClient(connections: 1);
        var browser = new BenchBrowser(client);
        await KakaoSignIn.RunAsync(browser, app.BaseUri, run.Logto.NextAccount(), run.Cancellation);
        var signedIn = Stopwatch.GetElapsedTime(app.StartedAt);
        var firstRedirect = TimeSpan.FromSeconds((double)browser.Timings[0].ElapsedTicks / Stopwatch.Frequency);
        return new StartTimes(serving.TotalMilliseconds, signedIn.TotalMilliseconds, firstRedirect.TotalMilliseconds);
    }

    private static string Format(double milliseconds) => milliseconds.ToString("N0", CultureInfo.InvariantCulture);

    private readonly record struct StartTimes(double ServingMs, double SignedInMs, double FirstRedirectMs);
}
