namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it on.</summary>
/// <remarks>Timers (<c>Task.Delay</c> on this clock) still run on real time: only the time of day is the test's.</remarks>
public sealed class SettableClock(DateTimeOffset? start = null) : TimeProvider
{
    // Ticks, so that an app thread reading the time while the test moves it never sees half of the change.
    private long _utcTicks = (start ?? DateTimeOffset.UtcNow).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
