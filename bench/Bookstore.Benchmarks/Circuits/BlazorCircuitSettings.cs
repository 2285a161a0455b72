namespace Bookstore.Benchmarks.Circuits;

/// <summary>Where and how circuits are opened; one value is shared by every circuit of a run.</summary>
/// <param name="AppBase">The app's base address, ending in "/".</param>
/// <param name="PagePath">The interactive page to open, e.g. "profile".</param>
/// <param name="CreateHandler">
/// A fresh handler for each connection (it may trust the harness's certificate). Cookies come from each circuit's own
/// jar, so the handler must not add cookies of its own.
/// </param>
/// <param name="ProofSelector">
/// The element whose prerendered text must reappear in a render batch: proof that the interactive render happened,
/// signed in as the same user.
/// </param>
public sealed record BlazorCircuitSettings(Uri AppBase, string PagePath, Func<HttpMessageHandler> CreateHandler, string ProofSelector)
{
    /// <summary>How long opening one circuit may take, from the page request to the proof.</summary>
    public TimeSpan OpenTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives a line per protocol event, for looking at one circuit; null when measuring.</summary>
    public Action<string>? Trace { get; init; }

    public Uri PageUri => new(AppBase, PagePath);
}
