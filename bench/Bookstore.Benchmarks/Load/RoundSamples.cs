namespace Bookstore.Benchmarks.Load;

/// <summary>
/// One case measured in several rounds. Its rate is the median round's, so a burst of other work on the machine spoils
/// one round and not the figure; its latencies are over every request of every round.
/// </summary>
public sealed class RoundSamples
{
    private readonly List<LoadResult> _rounds = [];

    public LoadResult All { get; } = new();

    /// <summary>The app's CPU time over all rounds.</summary>
    public TimeSpan AppCpu { get; private set; }

    public IReadOnlyList<LoadResult> Rounds => _rounds;

    public double PerSecond => Median.Of(_rounds.Select(round => round.PerSecond));

    public double AppCpuPerRequestMs => AppCpu.TotalMilliseconds / Math.Max(1, All.Succeeded + All.Failed);

    public void Add(LoadResult round, TimeSpan appCpu)
    {
        _rounds.Add(round);
        All.Merge(round, addElapsed: true);
        AppCpu += appCpu;
    }

    /// <summary>The median over rounds of this case's rate ÷ <paramref name="other"/>'s in the same round (paired, so drift cancels).</summary>
    public double RatioTo(RoundSamples other) =>
        Median.Of(_rounds.Zip(other._rounds, (mine, theirs) => mine.PerSecond / theirs.PerSecond));
}
