namespace BookstoreBlazor.Catalog.Seed;

/// <summary>
/// Whether adding the seed catalogue at start has finished. It runs beside the rest of start-up rather than before it
/// (the process's first catalogue query costs a few hundred milliseconds of warm-up), so everything that reads or
/// changes the catalogue waits here first, through <see cref="CatalogDatabase"/>.
/// </summary>
public sealed class CatalogSeeding
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when seeding has ended, successfully or not; it never faults.</summary>
    public Task Finished => _finished.Task;

    /// <summary>Why seeding failed, once it has; the catalogue then holds what it held before this start.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>For a catalogue nothing seeds at start: tests that add their own books.</summary>
    public static CatalogSeeding AlreadyFinished()
    {
        var seeding = new CatalogSeeding();
        seeding.Succeeded();
        return seeding;
    }

    internal void Succeeded() => _finished.TrySetResult();

    internal void Failed(Exception failure)
    {
        Failure = failure;
        _finished.TrySetResult();
    }
}
