using System.Diagnostics;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 3. Complete Kakao sign-ins (challenge → Logto → Kakao consent → callback → signed-in <c>/</c>), each in a fresh cookie
/// jar with the next Kakao account, by 1, 8 and 32 concurrent users, each user on their own keep-alive connections.
/// </summary>
public sealed class SignInFlows : IMeasurement
{
    private const int TargetConcurrency = 8;
    private int _requests;
    private int _appRequests;

    public string Name => "sign-in";

    public async Task RunAsync(BenchRun run)
    {
        // The first level would otherwise pay for compiling the sign-in paths of the app and the emulator.
        foreach (var variant in run.Variants)
        {
            run.Progress.Line($"{Name}: {variant}, warm-up with {TargetConcurrency} users");
            await MeasureAsync(run, variant, TargetConcurrency, run.Shape.SignInFirstWarmUp);
        }

        foreach (var users in run.Shape.SignInConcurrency)
        {
            foreach (var variant in run.Variants)
            {
                var measured = await MeasureAsync(run, variant, users, run.Shape.SignInDuration);
                run.Progress.Line($"{Name}: {variant}, {users} concurrent: {measured.Result.PerSecond:N1} flows/s, " +
                                  $"p99 {measured.Result.P99Ms:N0} ms, {measured.Result.Failed} failed");
                Record(run, variant, users, measured);
            }
        }

        run.Table.Note($"Sign-in: complete Kakao flows (app `/sign-in/kakao` → Logto → Kakao consent → Logto → app `/callback` → " +
                       $"signed-in `/`: {_requests} requests, {_appRequests} of them to the app), each in a fresh cookie jar with the next of " +
                       $"{run.Logto.AccountCount} Kakao accounts; {run.Shape.SignInDuration.TotalSeconds:0.#} s per level and column after a " +
                       $"{run.Shape.SignInWarmUp.TotalSeconds:0.#} s warm-up. App-side share = time waiting on requests to the app ÷ " +
                       "flow time; the app's time includes its own calls to Logto (pushed authorization request, token, userinfo). " +
                       "Logto (the emulator) and the browsers run in the benchmark's own process on the same two cores; CPU per flow " +
                       "= each process's CPU time during the measured run ÷ flows.");
    }

    private sealed record Measured(LoadResult Result, double AppCpuPerFlowMs, double BenchCpuPerFlowMs);

    private async Task<Measured> MeasureAsync(BenchRun run, AppVariant variant, int users, TimeSpan duration)
    {
        var app = await run.AppAsync(variant);
        var clients = Enumerable.Range(0, users).Select(_ => run.CreateClient()).ToArray();
        try
        {
            async Task<Outcome> SignIn(int user, CancellationToken cancellationToken)
            {
                var browser = new BenchBrowser(clients[user]);
                await KakaoSignIn.RunAsync(browser, app.BaseUri, run.Logto.NextAccount(), cancellationToken);
                _requests = browser.Timings.Count;
                _appRequests = browser.Timings.Count(t => t.Host == app.BaseUri.Authority);
                return new Outcome(true, browser.TicksSpentOn(app.BaseUri));
            }

            await ClosedLoop.RunAsync(users, run.Shape.SignInWarmUp, SignIn, run.Cancellation);
            var appCpu = app.CpuTime;
            var benchCpu = BenchCpu();
            var result = await ClosedLoop.RunAsync(users, duration, SignIn, run.Cancellation);
            var flows = Math.Max(1, result.Succeeded + result.Failed);
            return new Measured(result, (app.CpuTime - appCpu).TotalMilliseconds / flows, (BenchCpu() - benchCpu).TotalMilliseconds / flows);
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
    }

    private static TimeSpan BenchCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static void Record(BenchRun run, AppVariant variant, int users, Measured measured)
    {
        var result = measured.Result;
        var atTarget = users == TargetConcurrency;
        var prefix = users == 1 ? "1 user" : $"{users} concurrent users";
        run.Table.Record(RowGroup.SignIn, $"{prefix}: flows/s", Unit.PerSecond, variant, result.PerSecond,
            atTarget ? Target.AtLeast(100, Unit.PerSecond) : null);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: p50 (ms)", Unit.Milliseconds, variant, result.P50Ms);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: p99 (ms)", Unit.Milliseconds, variant, result.P99Ms,
            atTarget ? Target.AtMost(100, Unit.Milliseconds) : null);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: failed flows", Unit.Count, variant, result.Failed, showRatio: false);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app-side share", Unit.Percent, variant, result.AppShare, showRatio: false);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app CPU per flow (ms)", Unit.Milliseconds, variant, measured.AppCpuPerFlowMs);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: Logto + browsers CPU per flow (ms)", Unit.Milliseconds, variant, measured.BenchCpuPerFlowMs);
        if (result.Failed > 0)
            run.Table.Note($"Sign-in: {variant}, {prefix}: {result.Failed} flows failed, e.g. {result.FirstError}");
    }
}
