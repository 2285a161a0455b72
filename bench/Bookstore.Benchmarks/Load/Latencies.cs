namespace Bookstore.Benchmarks.Load;

/// <summary>Latencies in milliseconds, for percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];
    private bool _sorted;

    public void Add(double ms)
    {
        _ms.Add(ms);
        _sorted = false;
    }

    public void AddRange(Latencies other)
    {
        _ms.AddRange(other._ms);
        _sorted = false;
    }

    // Nearest rank: the smallest latency that at least this fraction of operations did not exceed.
    public double Percentile(double fraction)
    {
        if (_ms.Count == 0)
            return double.NaN;
        if (!_sorted)
        {
            _ms.Sort();
            _sorted = true;
        }
        var rank = (int)Math.Ceiling(fraction * _ms.Count);
        return _ms[Math.Clamp(rank - 1, 0, _ms.Count - 1)];
    }
}
