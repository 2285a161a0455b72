namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// The app's working set with <see cref="Opened"/> signed-in circuits open, against the same app with none.
/// Levels are reached by opening more circuits on top of the previous level's, so "before" is always the idle app
/// (warmed up: a few circuits were opened and closed before it was read).
/// </summary>
public sealed record CircuitLevelResult(
    int Requested,
    int Opened,
    int Failed,
    long WorkingSetBefore,
    long WorkingSetAfter,
    double OpenSeconds,
    IReadOnlyList<string> FailureReasons)
{
    /// <summary>(after − before) / opened, in bytes; null when nothing opened.</summary>
    public long? BytesPerCircuit => Opened == 0 ? null : (WorkingSetAfter - WorkingSetBefore) / Opened;
}
