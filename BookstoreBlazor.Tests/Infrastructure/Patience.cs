namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// How long a test waits for a state it expects before calling it a failure. Generous, because CI shares its cores
/// with other jobs and a page or a background service can then take many times its idle speed; finite, so a real hang
/// still fails. A passing test waits only as long as the state takes, never this long.
/// </summary>
public static class Patience
{
    /// <summary>A browser step: a navigation, a click's target appearing, a circuit taking over, an expectation.</summary>
    public static readonly TimeSpan Browser = TimeSpan.FromSeconds(90);

    /// <summary>Something a background service or another process does on its own schedule.</summary>
    public static readonly TimeSpan Background = TimeSpan.FromMinutes(2);

    public static float Milliseconds(TimeSpan patience) => (float)patience.TotalMilliseconds;
}
