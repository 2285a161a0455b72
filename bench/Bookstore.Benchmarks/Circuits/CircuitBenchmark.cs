using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// Measurement 4. Opens real signed-in circuits level by level (bounded parallelism), reads the app's working set
/// once it settles, then checks that revalidation switches pages whose session ended, and closes every circuit.
/// The idle reading is taken after a few circuits were opened and closed again: code compiled and heap grown by the
/// first circuit ever are the process's once, not each circuit's, and would otherwise be spread over the level.
/// </summary>
public static class CircuitBenchmark
{
    public static async Task<CircuitBenchmarkResult> RunAsync(CircuitBenchmarkInput input, CancellationToken cancellationToken = default)
    {
        var levels = input.Levels.Distinct().Order().ToList();
        if (levels.Count == 0 || levels[0] <= 0)
            throw new ArgumentException("Levels must be positive numbers of circuits.", nameof(input));
        if (levels[^1] > input.SignedInBrowsers.Count)
            throw new ArgumentException($"Need one signed-in browser per circuit: {input.SignedInBrowsers.Count} for up to {levels[^1]}.", nameof(input));

        var settings = new BlazorCircuitSettings(input.AppBase, input.PagePath, input.CreateHandler, input.ProofSelector);
        var open = new ConcurrentBag<OpenCircuit>();
        try
        {
            var failures = new ConcurrentQueue<string>();
            await WarmUpAsync(settings, input, failures, cancellationToken);
            var before = await SampleWorkingSetAsync(input, cancellationToken);
            input.Progress?.Invoke($"circuits: idle app working set {before / 1024 / 1024} MB " +
                                   $"(after {input.WarmUpCircuits} circuits opened and closed)");

            var results = new List<CircuitLevelResult>();
            var nextBrowser = 0;
            foreach (var level in levels)
            {
                var opening = Stopwatch.StartNew();
                await OpenAsync(settings, input, Enumerable.Range(nextBrowser, level - nextBrowser), open, failures, cancellationToken);
                nextBrowser = level;
                opening.Stop();

                await Task.Delay(input.Settle, cancellationToken);
                var after = await SampleWorkingSetAsync(input, cancellationToken);
                var connected = open.Count(circuit => circuit.Circuit.IsConnected);
                results.Add(new CircuitLevelResult(level, connected, level - connected, before, after, opening.Elapsed.TotalSeconds,
                    Reasons(failures, open)));
                input.Progress?.Invoke($"circuits: {connected}/{level} open in {opening.Elapsed.TotalSeconds:0.0} s, " +
                                       $"working set {after / 1024 / 1024} MB, {results[^1].BytesPerCircuit / 1024} KB per circuit");
            }

            var revalidation = input is { RevalidationInterval: { } interval, EndSessions: { } endSessions }
                ? await RevalidationCheck.RunAsync([.. open.OrderBy(circuit => circuit.Browser)], interval, endSessions, input, cancellationToken)
                : null;

            return new CircuitBenchmarkResult(results, revalidation, GuessedJsCalls(open), await CloseAllAsync(open, input));
        }
        catch
        {
            await CloseAllAsync(open, input);
            throw;
        }
    }

    /// <summary>
    /// Opens and closes <see cref="CircuitBenchmarkInput.WarmUpCircuits"/> circuits (on the first browsers; a closed
    /// circuit is ended on the server, so the browser can open another later), then waits for the app to settle.
    /// </summary>
    private static async Task WarmUpAsync(BlazorCircuitSettings settings, CircuitBenchmarkInput input, ConcurrentQueue<string> failures,
        CancellationToken cancellationToken)
    {
        if (input.WarmUpCircuits <= 0)
            return;
        var warm = new ConcurrentBag<OpenCircuit>();
        await OpenAsync(settings, input, Enumerable.Range(0, input.WarmUpCircuits), warm, failures, cancellationToken);
        var notEnded = await CloseAllAsync(warm, input);
        if (notEnded > 0)
            failures.Enqueue($"{notEnded} warm-up circuits were not ended on the server");
        await Task.Delay(input.Settle, cancellationToken);
    }

    private static async Task OpenAsync(BlazorCircuitSettings settings, CircuitBenchmarkInput input, IEnumerable<int> browsers,
        ConcurrentBag<OpenCircuit> open, ConcurrentQueue<string> failures, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = input.MaxParallelOpens, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(browsers, parallel, async (browser, token) =>
        {
            try
            {
                open.Add(new OpenCircuit(browser, await BlazorCircuit.OpenAsync(settings, input.SignedInBrowsers[browser], token)));
            }
            catch (BlazorCircuitException e)
            {
                failures.Enqueue(e.Message);
            }
        });
    }

    /// <summary>The median of a few readings: one reading can land on a GC or a burst of keep-alive pings.</summary>
    private static async Task<long> SampleWorkingSetAsync(CircuitBenchmarkInput input, CancellationToken cancellationToken)
    {
        var readings = new List<long>();
        for (var i = 0; i < input.Samples; i++)
        {
            if (i > 0)
                await Task.Delay(input.SampleSpacing, cancellationToken);
            readings.Add(input.AppWorkingSet());
        }
        readings.Sort();
        return readings[readings.Count / 2];
    }

    /// <summary>Distinct reasons circuits failed to open or dropped since, most frequent first.</summary>
    private static IReadOnlyList<string> Reasons(IEnumerable<string> failures, IEnumerable<OpenCircuit> open) =>
        failures.Concat(open.Select(circuit => circuit.Circuit.Failure).OfType<string>())
            .GroupBy(reason => reason).OrderByDescending(group => group.Count())
            .Select(group => $"{group.Count()}× {group.Key}").ToList();

    private static IReadOnlyList<string> GuessedJsCalls(IEnumerable<OpenCircuit> open) =>
        open.SelectMany(circuit => circuit.Circuit.GuessedJsCalls.Keys).Distinct().Order().ToList();

    private static async Task<int> CloseAllAsync(ConcurrentBag<OpenCircuit> open, CircuitBenchmarkInput input)
    {
        var notEnded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = input.MaxParallelOpens };
        await Parallel.ForEachAsync(open, parallel, async (circuit, _) =>
        {
            if (!await circuit.Circuit.CloseAsync())
                Interlocked.Increment(ref notEnded);
        });
        open.Clear();
        return notEnded;
    }
}
