namespace Bookstore.Benchmarks.Http;

/// <summary>One request of a walk: which host answered and how long it took, from sending to the last body byte.</summary>
public readonly record struct RequestTiming(string Host, long ElapsedTicks);
