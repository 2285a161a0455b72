using System.Diagnostics;

namespace Bookstore.Benchmarks.Load;

/// <summary>
/// N workers, each starting its next operation as soon as the last one answered (N users who each wait for the page),
/// for a fixed time. Operations still running at the deadline finish and count; the elapsed time includes them.
/// </summary>
public static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(int workers, TimeSpan duration, Func<int, CancellationToken, Task<Outcome>> operation,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker =>
            Task.Run(() => WorkAsync(worker, deadline, operation, cancellationToken), cancellationToken)));

        var total = new LoadResult();
        foreach (var result in results)
            total.Merge(result, addElapsed: false);
        total.SetElapsed(Stopwatch.GetElapsedTime(started));
        return total;
    }

    private static async Task<LoadResult> WorkAsync(int worker, long deadline, Func<int, CancellationToken, Task<Outcome>> operation,
        CancellationToken cancellationToken)
    {
        var result = new LoadResult();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            Outcome outcome;
            Exception? error = null;
            try
            {
                outcome = await operation(worker, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = Outcome.Failure;
                error = e;
            }
            result.Add(outcome, Stopwatch.GetTimestamp() - started, error);
        }
        return result;
    }
}
