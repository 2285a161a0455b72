using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// Holds every circuit for two revalidation intervals, ends the sessions of an evenly spread share of them, and
/// times how long each of those pages takes to switch to signed out: its first render batch (an interactive page redraws
/// signed out) or requested navigation (a static page's island loads the signed-out page) after its session started
/// ending.
/// </summary>
internal static class RevalidationCheck
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task<RevalidationResult> RunAsync(IReadOnlyList<OpenCircuit> circuits, TimeSpan interval,
        Func<IReadOnlyList<int>, Task> endSessions, CircuitBenchmarkInput input, CancellationToken cancellationToken)
    {
        await Task.Delay(2 * interval, cancellationToken);
        var connectedAfterHold = circuits.Count(circuit => circuit.Circuit.IsConnected);

        var ended = Spread(circuits, input.EndedShare);
        var untouched = circuits.Except(ended).ToList();
        input.Progress?.Invoke($"revalidation: held {circuits.Count} circuits for {2 * interval.TotalSeconds:0} s " +
                               $"({connectedAfterHold} connected); ending {ended.Count} sessions");

        // One session per call, so each page is timed from the moment its own session started ending: an upper
        // bound on its delay that a slow bulk call cannot stretch.
        var endedAt = new ConcurrentDictionary<OpenCircuit, (long Start, long Done)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = input.MaxParallelOpens, CancellationToken = cancellationToken };
        var first = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(ended, parallel, async (circuit, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            await endSessions([circuit.Browser]);
            endedAt[circuit] = (start, Stopwatch.GetTimestamp());
        });
        var last = Stopwatch.GetTimestamp();

        // Wait long enough to tell "late" from "never", and for an untouched page to switch if it wrongly would.
        var bound = interval + input.RevalidationMargin;
        var deadline = last + Ticks(bound + interval);
        while (Stopwatch.GetTimestamp() < deadline && ended.Any(circuit => circuit.Circuit.FirstChangeSince(endedAt[circuit].Start) is null))
            await Task.Delay(Poll, cancellationToken);
        var untouchedWatched = last + Ticks(bound);
        if (Stopwatch.GetTimestamp() < untouchedWatched)
            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), untouchedWatched), cancellationToken);

        var delays = ended
            .Select(circuit => circuit.Circuit.FirstChangeSince(endedAt[circuit].Start) is { } changed
                ? Stopwatch.GetElapsedTime(endedAt[circuit].Start, changed).TotalSeconds
                : (double?)null)
            .OfType<double>()
            .Order()
            .ToList();
        var inTime = delays.Count(delay => delay <= bound.TotalSeconds);
        var sentToSignIn = ended.Count(circuit => circuit.Circuit.FirstNavigationSince(endedAt[circuit].Start) is not null);

        var result = new RevalidationResult(
            IntervalSeconds: interval.TotalSeconds,
            MarginSeconds: input.RevalidationMargin.TotalSeconds,
            Held: circuits.Count,
            ConnectedAfterHold: connectedAfterHold,
            Ended: ended.Count,
            EndSessionsSeconds: Stopwatch.GetElapsedTime(first, last).TotalSeconds,
            SlowestEndSeconds: endedAt.Values.Select(end => Stopwatch.GetElapsedTime(end.Start, end.Done).TotalSeconds).DefaultIfEmpty().Max(),
            SwitchedInTime: inTime,
            SwitchedLate: delays.Count - inTime,
            NeverSwitched: ended.Count - delays.Count,
            SentToSignIn: sentToSignIn,
            P50DelaySeconds: Percentile(delays, 0.50),
            P99DelaySeconds: Percentile(delays, 0.99),
            MaxDelaySeconds: delays.Count == 0 ? null : delays[^1],
            Untouched: untouched.Count,
            UntouchedThatSwitched: untouched.Count(circuit => circuit.Circuit.FirstChangeSince(first) is not null),
            ConnectedAtEnd: circuits.Count(circuit => circuit.Circuit.IsConnected));
        input.Progress?.Invoke($"revalidation: {inTime}/{ended.Count} switched within {bound.TotalSeconds:0.#} s " +
                               $"(p99 {result.P99DelaySeconds:0.00} s), {result.UntouchedThatSwitched} untouched switched");
        return result;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Every k-th circuit, so the ended ones are spread over the whole opening order.</summary>
    private static List<OpenCircuit> Spread(IReadOnlyList<OpenCircuit> circuits, double share)
    {
        var count = Math.Clamp((int)Math.Ceiling(circuits.Count * share), circuits.Count == 0 ? 0 : 1, circuits.Count);
        var step = count == 0 ? 1 : (double)circuits.Count / count;
        return [.. Enumerable.Range(0, count).Select(i => circuits[(int)(i * step)])];
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double? Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
