using System.Globalization;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 5. From <c>Process.Start</c> of the published app to its first 200 on <c>/</c>, median of a few starts per variant.
/// Runs first, while no other app process competes for the CPU.
/// </summary>
public sealed class StartUp : IMeasurement
{
    public string Name => "start-up";

    public async Task RunAsync(BenchRun run)
    {
        var times = run.Variants.ToDictionary(variant => variant, _ => new List<double>());

        // An unmeasured first start per variant creates its database and key ring and warms the disk cache: what is
        // measured is a restart of a deployed app, the start that happens on every deploy and scale-out.
        foreach (var variant in run.Variants)
        {
            run.Progress.Line($"{Name}: {variant}, first start (creates the database, not measured)");
            await StartOnceAsync(run, variant);
        }

        for (var i = 1; i <= run.Shape.StartUpRuns; i++)
        {
            foreach (var variant in run.Variants)
            {
                var elapsed = await StartOnceAsync(run, variant);
                times[variant].Add(elapsed.TotalMilliseconds);
                run.Progress.Line($"{Name}: {variant}, start {i} of {run.Shape.StartUpRuns}: {elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms");
            }
        }

        foreach (var (variant, milliseconds) in times)
        {
            run.Table.Record(RowGroup.StartUp, "Process start → first 200 on `/` (ms, median)", Unit.Milliseconds,
                variant, Median.Of(milliseconds), Target.AtMost(2000, Unit.Milliseconds));
        }
        run.Table.Note("Start-up: `dotnet BookstoreBlazor.dll` of the Release publish, Production, https; timed from `Process.Start` " +
                       $"to the first 200 on `/` (polled every 5 ms), median of {run.Shape.StartUpRuns} restarts per column against an " +
                       "existing session database, after one unmeasured first start.");
    }

    private static async Task<TimeSpan> StartOnceAsync(BenchRun run, Hosting.AppVariant variant)
    {
        await using var app = run.StartApp(variant, "start-up-" + variant.Id);
        return await app.WaitUntilServingAsync(BenchRun.StartTimeout, run.Cancellation);
    }
}
