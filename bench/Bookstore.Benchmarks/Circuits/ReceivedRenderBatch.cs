namespace Bookstore.Benchmarks.Circuits;

/// <summary>A render batch the server sent, with when it arrived (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
public sealed record ReceivedRenderBatch(long BatchId, int Bytes, long ReceivedAt);
