namespace Bookstore.Benchmarks.Measurements;

/// <summary>One measurement of the issue; it records its rows in <see cref="BenchRun.Table"/> for every variant.</summary>
public interface IMeasurement
{
    /// <summary>The name for <c>--only</c> and the progress lines, e.g. <c>throughput</c>.</summary>
    string Name { get; }

    Task RunAsync(BenchRun run);
}
