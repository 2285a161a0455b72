using System.Net;
using System.Net.Http.Headers;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;
using BookstoreBlazor.LogtoEmulator.Rbac;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 2b. <c>GET /api/books</c> as a script or mobile app calls it: each client with its own user's Logto access token for
/// the API resource (ES384, validated against Logto's keys on every request), walking the catalogue's pages.
/// </summary>
public sealed class ApiThroughput : IMeasurement
{
    private const string Title = "`GET /api/books` with a bearer token";

    public string Name => "api";

    public async Task RunAsync(BenchRun run)
    {
        foreach (var variant in run.Variants)
        {
            var app = await run.AppAsync(variant);
            var clients = Enumerable.Range(0, run.Shape.ThroughputClients).Select(_ => run.CreateClient(connections: 1)).ToArray();
            try
            {
                var tokens = new string[clients.Length];
                for (var i = 0; i < tokens.Length; i++)
                    tokens[i] = await run.Logto.CreateAccessTokenAsync(EmulatorApiResource.DefaultIndicator, $"bench-api-user-{i}",
                        EmulatorApiResource.ReadShelf, run.Cancellation);
                var operation = Request(app, clients, tokens);
                var samples = new RoundSamples();
                await ClosedLoop.RunAsync(clients.Length, run.Shape.ThroughputWarmUp, operation, run.Cancellation);
                for (var round = 1; round <= run.Shape.ThroughputRounds; round++)
                {
                    var cpuBefore = app.CpuTime;
                    var slice = await ClosedLoop.RunAsync(clients.Length, run.Shape.ThroughputSlice, operation, run.Cancellation);
                    samples.Add(slice, app.CpuTime - cpuBefore);
                    run.Progress.Line($"{Name}: {variant}, round {round} of {run.Shape.ThroughputRounds}: {slice.PerSecond:N0} req/s");
                }

                Record(run, variant, samples);
            }
            finally
            {
                foreach (var client in clients)
                    client.Dispose();
            }
        }

        run.Table.Note($"API: {run.Shape.ThroughputClients} clients, each on its own keep-alive https connection with its own user's " +
                       "access token (scope read:shelf), requesting `GET /api/books?page=1..8` back to back; rounds as for pages.");
    }

    private static Func<int, CancellationToken, Task<Outcome>> Request(AppProcess app, HttpClient[] clients, string[] tokens)
    {
        var calls = new int[clients.Length];
        return async (worker, cancellationToken) =>
        {
            var page = calls[worker]++ % 8 + 1;
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseUri, $"/api/books?page={page}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[worker]);
            using var response = await clients[worker].SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await response.Content.CopyToAsync(Stream.Null, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? Outcome.Success : Outcome.Failure;
        };
    }

    private static void Record(BenchRun run, AppVariant variant, RoundSamples sample)
    {
        run.Table.Record(RowGroup.Throughput, $"{Title}: requests/s", Unit.PerSecond, variant, sample.PerSecond);
        run.Table.Record(RowGroup.Throughput, $"{Title}: p50 (ms)", Unit.Milliseconds, variant, sample.All.P50Ms);
        run.Table.Record(RowGroup.Throughput, $"{Title}: p99 (ms)", Unit.Milliseconds, variant, sample.All.P99Ms);
        run.Table.Record(RowGroup.Throughput, $"{Title}: app CPU per request (ms)", Unit.Milliseconds, variant, sample.AppCpuPerRequestMs);
        if (sample.All.Failed > 0)
            run.Table.Note($"API: {variant}: {sample.All.Failed:N0} requests failed (not counted), e.g. {sample.All.FirstError}");
    }
}
