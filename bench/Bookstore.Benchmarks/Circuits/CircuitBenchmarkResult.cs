namespace Bookstore.Benchmarks.Circuits;

/// <summary>Measurement 4: working set per signed-in circuit at each level, and whether revalidation keeps up.</summary>
/// <param name="GuessedJsCalls">JS calls expecting a value that the client answered with null; should be empty.</param>
/// <param name="NotEndedOnServer">Circuits whose <c>_blazor/disconnect</c> was not confirmed at the end.</param>
public sealed record CircuitBenchmarkResult(
    IReadOnlyList<CircuitLevelResult> Levels,
    RevalidationResult? Revalidation,
    IReadOnlyList<string> GuessedJsCalls,
    int NotEndedOnServer);
