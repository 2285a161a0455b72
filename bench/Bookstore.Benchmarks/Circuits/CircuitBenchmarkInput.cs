using System.Net;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>What measurement 4 needs from the harness.</summary>
/// <param name="AppBase">The app's base address, ending in "/".</param>
/// <param name="CreateHandler">A fresh handler per connection (trusting the app's certificate); it must not keep cookies.</param>
/// <param name="SignedInBrowsers">One cookie jar per simulated browser, each a distinct signed-in session; circuit i uses jar i.</param>
/// <param name="PagePath">The signed-in interactive page each circuit shows, e.g. "profile".</param>
/// <param name="AppWorkingSet">Reads the app process's working set in bytes.</param>
/// <param name="Levels">Numbers of open circuits to measure at, e.g. 100 and 500 (at most one per browser).</param>
/// <param name="RevalidationInterval">
/// The app's <c>Sessions:RevalidationInterval</c>; null when the app does not revalidate (tokens kept in the cookie),
/// which skips the revalidation check.
/// </param>
/// <param name="EndSessions">
/// Ends the sessions of the given browsers (indices into <paramref name="SignedInBrowsers"/>) and returns once they
/// are ended. Called with one browser at a time, up to <see cref="MaxParallelOpens"/> at once, so each page's delay
/// is timed from its own session's end.
/// </param>
public sealed record CircuitBenchmarkInput(
    Uri AppBase,
    Func<HttpMessageHandler> CreateHandler,
    IReadOnlyList<CookieContainer> SignedInBrowsers,
    string PagePath,
    Func<long> AppWorkingSet,
    IReadOnlyList<int> Levels,
    TimeSpan? RevalidationInterval,
    Func<IReadOnlyList<int>, Task>? EndSessions)
{
    /// <summary>
    /// An element on the page that shows the signed-in user; its text must come back interactively. The app bar's user
    /// menu: on a static page it lives in the account island, the page's only circuit, so its name coming back proves
    /// the circuit is this user's and signed in.
    /// </summary>
    public string ProofSelector { get; init; } = "[data-testid=user-menu-name]";

    /// <summary>
    /// Circuits opened and closed before the idle reading, on the first browsers, so what the process pays once (code
    /// compiled, pools and heap grown by the first circuits) is not counted per circuit.
    /// </summary>
    public int WarmUpCircuits { get; init; }

    /// <summary>Circuits being opened at once (each is a page render, a negotiate and a WebSocket).</summary>
    public int MaxParallelOpens { get; init; } = 8;

    /// <summary>Wait after the last circuit of a level opened before reading the working set.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Working-set readings per measurement (the median is kept), one every <see cref="SampleSpacing"/>.</summary>
    public int Samples { get; init; } = 5;

    public TimeSpan SampleSpacing { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The share of open circuits whose session is ended to see the page switch to signed out.</summary>
    public double EndedShare { get; init; } = 0.1;

    /// <summary>How much later than one revalidation interval a switch still counts as on time.</summary>
    public TimeSpan RevalidationMargin { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Receives progress lines; null for none.</summary>
    public Action<string>? Progress { get; init; }
}
