namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it on.</summary>
public sealed class SettableClock(DateTimeOffset? start = null) : TimeProvider
{
    private DateTimeOffset _now = start ?? DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
