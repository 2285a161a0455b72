namespace Bookstore.Benchmarks;

/// <summary>How long and how hard each measurement runs. The full shape fits in about five minutes on two cores.</summary>
public sealed record LoadShape(
    string Mode,
    int ThroughputClients,
    TimeSpan ThroughputWarmUp,
    TimeSpan ThroughputSlice,
    int ThroughputRounds,
    IReadOnlyList<int> SignInConcurrency,
    TimeSpan SignInFirstWarmUp,
    TimeSpan SignInWarmUp,
    TimeSpan SignInDuration,
    int StartUpRuns,
    IReadOnlyList<int> CircuitLevels,
    TimeSpan CircuitSettle,
    int CircuitSamples)
{
    // Throughput runs in rounds of short slices, alternating the variants, so a burst of other work on the machine
    // lands on both columns alike instead of skewing one of them.
    public static LoadShape Full { get; } = new("full",
        ThroughputClients: 16, ThroughputWarmUp: TimeSpan.FromSeconds(3), ThroughputSlice: TimeSpan.FromSeconds(2), ThroughputRounds: 5,
        SignInConcurrency: [1, 8, 32], SignInFirstWarmUp: TimeSpan.FromSeconds(3), SignInWarmUp: TimeSpan.FromSeconds(1.5), SignInDuration: TimeSpan.FromSeconds(6),
        StartUpRuns: 5,
        CircuitLevels: [100, 500], CircuitSettle: TimeSpan.FromSeconds(15), CircuitSamples: 5);

    /// <summary>A few iterations of everything, so CI knows the benchmark still builds and runs; its numbers mean nothing.</summary>
    public static LoadShape Smoke { get; } = new("smoke",
        ThroughputClients: 4, ThroughputWarmUp: TimeSpan.FromSeconds(0.3), ThroughputSlice: TimeSpan.FromSeconds(0.7), ThroughputRounds: 1,
        SignInConcurrency: [1, 8, 32], SignInFirstWarmUp: TimeSpan.FromSeconds(0.3), SignInWarmUp: TimeSpan.FromSeconds(0.3), SignInDuration: TimeSpan.FromSeconds(1),
        StartUpRuns: 1,
        CircuitLevels: [3], CircuitSettle: TimeSpan.FromSeconds(1), CircuitSamples: 1);
}
