using System.Diagnostics;

namespace Bookstore.Benchmarks.Load;

/// <summary>What a closed-loop run (or several slices of it) measured: rate, latency percentiles, failures, app share.</summary>
public sealed class LoadResult
{
    private readonly Latencies _latencies = new();
    private readonly Latencies _appLatencies = new();

    public long Succeeded { get; private set; }
    public long Failed { get; private set; }
    public TimeSpan Elapsed { get; private set; }
    public string? FirstError { get; private set; }

    private long _appTicks;
    private long _succeededTicks;

    /// <summary>Successful operations per second.</summary>
    public double PerSecond => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;

    public double P50Ms => _latencies.Percentile(0.50);
    public double P99Ms => _latencies.Percentile(0.99);

    /// <summary>Percentiles of the time each successful operation spent waiting on the app (<see cref="Outcome.AppTicks"/>).</summary>
    public double AppP50Ms => _appLatencies.Percentile(0.50);
    public double AppP99Ms => _appLatencies.Percentile(0.99);

    /// <summary>Time waiting on the app ÷ total time, over successful operations.</summary>
    public double AppShare => _succeededTicks > 0 ? (double)_appTicks / _succeededTicks : 0;

    internal void Add(Outcome outcome, long elapsedTicks, Exception? error)
    {
        if (outcome.Succeeded)
        {
            Succeeded++;
            _succeededTicks += elapsedTicks;
            _appTicks += outcome.AppTicks;
            _latencies.Add(elapsedTicks * 1000.0 / Stopwatch.Frequency);
            _appLatencies.Add(outcome.AppTicks * 1000.0 / Stopwatch.Frequency);
        }
        else
        {
            Failed++;
            FirstError ??= error?.Message ?? "the operation reported a failure";
        }
    }

    /// <summary>Adds another run (a worker's, or another slice of the same case) to this one.</summary>
    public void Merge(LoadResult other, bool addElapsed)
    {
        Succeeded += other.Succeeded;
        Failed += other.Failed;
        _appTicks += other._appTicks;
        _succeededTicks += other._succeededTicks;
        _latencies.AddRange(other._latencies);
        _appLatencies.AddRange(other._appLatencies);
        FirstError ??= other.FirstError;
        if (addElapsed)
            Elapsed += other.Elapsed;
    }

    internal void SetElapsed(TimeSpan elapsed) => Elapsed = elapsed;
}
