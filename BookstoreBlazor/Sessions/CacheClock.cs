using Microsoft.Extensions.Internal;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// The memory cache's expirations read the app's <see cref="TimeProvider"/>, like every other session deadline: a
/// cached session then goes stale on the same clock that dates it, and a test can move that clock instead of waiting.
/// </summary>
internal sealed class CacheClock(TimeProvider clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
