using System.Runtime.InteropServices;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Logto;
using Bookstore.Benchmarks.Measurements;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks;

/// <summary>
/// The whole run: publish the app once, make a certificate, start the Logto emulator, run the chosen measurements
/// for both variants, then print the table and save it as markdown and JSON.
/// </summary>
public static class BenchCommand
{
    // Enough distinct Kakao users for 32 concurrent sign-ins; the simulated consent page lists them all, so no more.
    private const int KakaoAccounts = 64;

    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IMeasurement> measurements)
    {
        var names = measurements.Select(m => m.Name).ToList();
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchSettings.UsageFor(names));
            return 0;
        }

        BenchSettings settings;
        try
        {
            settings = BenchSettings.Parse(args, names);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        // Ctrl+C or a CI job's SIGTERM: let the run unwind, so the app processes it started are stopped.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

        var root = RepositoryRoot.Find();
        var work = Directory.CreateTempSubdirectory("bookstore-bench-").FullName;
        var progress = new Progress();
        try
        {
            var report = await MeasureAsync(settings, measurements, root, work, progress, cancellation.Token);
            Console.WriteLine();
            Console.WriteLine(MarkdownReport.Render(report));
            var (markdown, json) = ReportFiles.Save(report, settings.ResultsDirectory ?? Path.Combine(root, "bench", "results"),
                settings.ReportName);
            Console.WriteLine($"Saved {markdown} and {json}.");
            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return 130;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"The benchmark failed: {e}");
            return 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            cancellation.Cancel();
        }
    }

    private static async Task<BenchReport> MeasureAsync(BenchSettings settings, IReadOnlyList<IMeasurement> measurements,
        string root, string work, Progress progress, CancellationToken cancellationToken)
    {
        progress.Line($"Bookstore benchmark, {settings.Shape.Mode} run; publishing BookstoreBlazor (Release)");
        var app = await PublishedApp.PublishAsync(root, Path.Combine(work, "app"), cancellationToken);
        using var certificate = BenchCertificate.Create(work);
        await using var logto = await BenchLogto.StartAsync(KakaoAccounts, cancellationToken);
        progress.Line($"Logto emulator on {logto.Endpoint} (process {logto.ProcessId})");

        await using var run = new BenchRun(settings.Shape, app, certificate, logto, work, progress, cancellationToken);
        foreach (var measurement in measurements.Where(m => settings.Includes(m.Name)))
            await measurement.RunAsync(run);
        return new BenchReport(settings.Shape.Mode, MachineInfo.Current(), run.Variants, run.Table);
    }
}
