namespace Bookstore.Benchmarks;

/// <summary>How long and how hard each measurement runs. The full shape takes about 45 minutes on two cores (memory over
/// time most of it); the smoke shape about two.</summary>
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
    bool StartUpUnmeasuredFirstStart,
    IReadOnlyList<int> CircuitLevels,
    int CircuitWarmUp,
    TimeSpan CircuitSettle,
    int CircuitSamples,
    TimeSpan RevalidationInterval,
    int MemoryWarmUpCycles,
    int MemoryCycles,
    bool MemoryOwnApp)
{
    /// <summary>The app's default <c>Sessions:RevalidationInterval</c>.</summary>
    public static readonly TimeSpan ShippedRevalidationInterval = TimeSpan.FromSeconds(30);

    // Throughput runs in rounds of short slices, alternating the variants, so a burst of other work on the machine
    // lands on both columns alike instead of skewing one of them.
    public static LoadShape Full { get; } = new("full",
        ThroughputClients: 16, ThroughputWarmUp: TimeSpan.FromSeconds(3), ThroughputSlice: TimeSpan.FromSeconds(2), ThroughputRounds: 5,
        SignInConcurrency: [1, 8, 32], SignInFirstWarmUp: TimeSpan.FromSeconds(3), SignInWarmUp: TimeSpan.FromSeconds(1.5), SignInDuration: TimeSpan.FromSeconds(6),
        StartUpRuns: 5, StartUpUnmeasuredFirstStart: true,
        // The shipped revalidation interval, and a settle longer than it, so every circuit has revalidated at least once
        // when the working set is read: revalidation is part of what an open circuit costs.
        CircuitLevels: [100, 500], CircuitWarmUp: 10, CircuitSettle: TimeSpan.FromSeconds(35), CircuitSamples: 5,
        RevalidationInterval: ShippedRevalidationInterval,
        MemoryWarmUpCycles: 400, MemoryCycles: 10_000, MemoryOwnApp: true);

    /// <summary>
    /// A few iterations of everything, so CI knows the benchmark still builds and runs; its numbers mean nothing. No
    /// warm-ups, no unmeasured start and no app started for memory alone: each row still gets its numbers, in less of
    /// CI's time.
    /// </summary>
    public static LoadShape Smoke { get; } = new("smoke",
        ThroughputClients: 4, ThroughputWarmUp: TimeSpan.Zero, ThroughputSlice: TimeSpan.FromSeconds(0.5), ThroughputRounds: 1,
        SignInConcurrency: [1, 8, 32], SignInFirstWarmUp: TimeSpan.Zero, SignInWarmUp: TimeSpan.Zero, SignInDuration: TimeSpan.FromSeconds(0.5),
        StartUpRuns: 1, StartUpUnmeasuredFirstStart: false,
        CircuitLevels: [3], CircuitWarmUp: 1, CircuitSettle: TimeSpan.FromSeconds(1), CircuitSamples: 1,
        RevalidationInterval: TimeSpan.FromSeconds(1),
        MemoryWarmUpCycles: 0, MemoryCycles: 16, MemoryOwnApp: false);
}
