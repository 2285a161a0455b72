using System.Diagnostics;

namespace Bookstore.Benchmarks.Load;

/// <summary>What a closed-loop run (or several slices of it) measured: rate, latency percentiles, failures, app share.</summary>
public sealed class LoadResult
{
    private readonly List<double> _latenciesMs = [];
    private bool _sorted;

    public long Succeeded { get; private set; }
    public long Failed { get; private set; }
    public TimeSpan Elapsed { get; private set; }
    public string? FirstError { get; private set; }

    private long _appTicks;
    private long _succeededTicks;

    /// <summary>Successful operations per second.</summary>
    public double PerSecond => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;

    public double P50Ms => Percentile(0.50);
    public double P99Ms => Percentile(0.99);

    /// <summary>Time waiting on the app ÷ total time, over successful operations.</summary>
    public double AppShare => _succeededTicks > 0 ? (double)_appTicks / _succeededTicks : 0;

    internal void Add(Outcome outcome, long elapsedTicks, Exception? error)
    {
        if (outcome.Succeeded)
        {
            Succeeded++;
            _succeededTicks += elapsedTicks;
            _appTicks += outcome.AppTicks;
            _latenciesMs.Add(elapsedTicks * 1000.0 / Stopwatch.Frequency);
            _sorted = false;
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
        _latenciesMs.AddRange(other._latenciesMs);
        _sorted = false;
        FirstError ??= other.FirstError;
        if (addElapsed)
            Elapsed += other.Elapsed;
    }

    internal void SetElapsed(TimeSpan elapsed) => Elapsed = elapsed;

    // Nearest rank: the smallest latency that at least this fraction of operations did not exceed.
    private double Percentile(double fraction)
    {
        if (_latenciesMs.Count == 0)
            return double.NaN;
        if (!_sorted)
        {
            _latenciesMs.Sort();
            _sorted = true;
        }
        var rank = (int)Math.Ceiling(fraction * _latenciesMs.Count);
        return _latenciesMs[Math.Clamp(rank - 1, 0, _latenciesMs.Count - 1)];
    }
}
