using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Load;

namespace BookstoreBlazor.Tests.Benchmarks;

/// <summary>
/// The benchmark in its smoke mode, exactly as the README tells people to run it: it must build, publish the app,
/// drive both variants through every measurement and save a complete table. Its numbers are not asserted.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed partial class BenchmarkSmokeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly string[] Columns = ["shipped", "tokensInCookie"];
    private static readonly string[] ColumnTitles = ["Bookstore (server-side sessions)", "Tokens in cookie (sample design)"];

    private static readonly string[] ExpectedRows =
    [
        "Auth cookie after a Kakao sign-in (bytes, all chunks)",
        "Auth cookies (base + chunks)",
        "Request head of a signed-in page request (bytes)",
        .. new[] { "`/` anonymous", "`/` signed in", "`/favicon.svg` (static file)", "`/books` anonymous", "`/books` signed in",
                "`/books/{isbn}` anonymous", "`/books/{isbn}` signed in", "`/books?q=…` anonymous", "`/books?q=…` signed in",
                "`GET /api/books` with a bearer token" }
            .SelectMany(page => new[] { "requests/s", "p50 (ms)", "p99 (ms)", "app CPU per request (ms)" }.Select(m => $"{page}: {m}")),
        "Signed-in ÷ anonymous (requests/s)",
        "Anonymous ÷ signed-in (app CPU per request)",
        "Anonymous ÷ static file (requests/s)",
        "`/books` signed-in ÷ anonymous (requests/s)",
        "`/books/{isbn}` signed-in ÷ anonymous (requests/s)",
        "`/books?q=…` signed-in ÷ anonymous (requests/s)",
        .. new[] { "1 user", "8 concurrent users", "32 concurrent users" }
            .SelectMany(users => new[] { "flows/s", "p50 (ms)", "p99 (ms)", "failed flows", "app-side share", "app-side p50 (ms)",
                "app-side p99 (ms)", "app CPU per flow (ms)", "app-side capacity (flows/s = cores ÷ app CPU per flow)",
                "Logto CPU per flow (ms)", "browsers CPU per flow (ms)" }.Select(m => $"{users}: {m}")),
        // The smoke shape signs in and out 16 times without a warm-up; the full run 10,000 after 400.
        "Working set at the start, after a warm-up (MB)",
        "Working set after 8 sign-ins and sign-outs (MB)",
        "Working set after 16 sign-ins and sign-outs (MB)",
        "Working set: end ÷ start",
        "Managed heap at the start (MB)",
        "Managed heap after 16 sign-ins and sign-outs (MB)",
        "Failed sign-ins and sign-outs",
        // The smoke shape opens 3 circuits; the full run 100 and 500.
        "3 circuits: working set per circuit (KB)",
        "3 circuits: opened and rendered",
        "Sessions ended elsewhere: open pages switched to signed out in time",
        "Sessions ended elsewhere: open pages still signed in",
        "Other open pages that switched or dropped",
        "Process start → first 200 on `/` (ms, median)",
        "Process start → first completed Kakao sign-in (ms, median)",
        "First `GET /sign-in/kakao` after start → its redirect (ms, median)",
    ];

    /// <summary>
    /// Rows that are 0 when what they measure is missing: the Logto emulator's own process (its CPU is read apart
    /// from the benchmark's) and the app's collection before a memory reading (which reports the heap it left).
    /// </summary>
    private static readonly string[] PositiveRows =
    [
        "8 concurrent users: Logto CPU per flow (ms)",
        "Managed heap at the start (MB)",
    ];

    [Fact]
    public async Task SmokeRun_ExitsCleanly_AndSavesEveryRowWithNumbersInBothColumns()
    {
        var results = Directory.CreateTempSubdirectory("bookstore-bench-smoke-");
        try
        {
            var (exitCode, output) = await RunBenchmarkAsync("--smoke", "--results", results.FullName);
            Assert.True(exitCode == 0, $"The benchmark exited with {exitCode}:\n{output}");

            var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(results.FullName, "smoke.json"))).RootElement;
            var rows = json.GetProperty("rows").EnumerateArray().ToDictionary(row => row.GetProperty("measure").GetString()!);
            foreach (var measure in ExpectedRows)
            {
                Assert.True(rows.TryGetValue(measure, out var row), $"No row '{measure}' in the JSON.");
                foreach (var column in Columns)
                    Assert.True(row.GetProperty(column).ValueKind == JsonValueKind.Number, $"'{measure}' has no number for {column}.");
            }
            foreach (var measure in PositiveRows)
            {
                foreach (var column in Columns)
                    Assert.True(rows[measure].GetProperty(column).GetDouble() > 0, $"'{measure}' is not above 0 for {column}.");
            }
            var machine = json.GetProperty("machine");
            Assert.False(string.IsNullOrWhiteSpace(machine.GetProperty("cpu").GetString()));
            Assert.True(machine.GetProperty("cores").GetInt32() > 0);
            Assert.StartsWith(".NET", machine.GetProperty("dotnet").GetString());

            var markdown = await File.ReadAllLinesAsync(Path.Combine(results.FullName, "smoke.md"));
            var header = Assert.Single(markdown, line => line.StartsWith("| Measure", StringComparison.Ordinal));
            Assert.All(ColumnTitles, title => Assert.Contains(title, header));
            Assert.Contains(markdown, line => line.StartsWith("Machine: ", StringComparison.Ordinal));
            foreach (var measure in ExpectedRows)
            {
                var line = Assert.Single(markdown, l => Cells(l).FirstOrDefault() == measure);
                Assert.All(Cells(line).Skip(1).Take(2), cell => Assert.Matches(NumberCell(), cell));
            }
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunBenchmarkAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "run", "-c", "Release", "--project", Path.Combine(RepositoryRoot.Path, "bench", "Bookstore.Benchmarks"), "--" },
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // This test runs inside `dotnet test`; the nested build must not inherit its MSBuild settings.
        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"Timed out after {Timeout}.\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout + "\n" + await stderr);
    }

    private static string[] Cells(string line) =>
        line.StartsWith('|') ? line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray() : [];

    // 1,940 · 74.2 · 0.49× · 61 %
    [GeneratedRegex(@"^\d[\d,]*(\.\d+)?(×| %)?$")]
    private static partial Regex NumberCell();
}
