namespace Bookstore.Benchmarks.Circuits;

/// <summary>A navigation the app asked the browser for, with when (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
public sealed record RequestedNavigation(string Uri, long RequestedAt);
