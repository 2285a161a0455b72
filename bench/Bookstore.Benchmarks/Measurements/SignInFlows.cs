using System.Diagnostics;
using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Load;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks.Measurements;

/// <summary>
/// 3. Complete Kakao sign-ins (challenge → Logto → Kakao consent → callback → signed-in <c>/</c>), each in a fresh cookie
/// jar with the next Kakao account, by 1, 8 and 32 concurrent users, each user on their own keep-alive connections.
/// The flow's cost is split between its three processes: the app, Logto (the emulator's own process) and the browsers
/// (the benchmark's).
/// </summary>
public sealed class SignInFlows : IMeasurement
{
    private const int TargetConcurrency = 8;
    private const double TargetFlowsPerSecond = 100;
    private const double TargetP99Ms = 100;
    private int _requests;
    private int _appRequests;

    public string Name => "sign-in";

    public async Task RunAsync(BenchRun run)
    {
        // The first level would otherwise pay for compiling the sign-in paths of the app and the emulator.
        foreach (var variant in run.Shape.SignInFirstWarmUp > TimeSpan.Zero ? run.Variants : [])
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
                                  $"p99 {measured.Result.P99Ms:N0} ms (app-side {measured.Result.AppP99Ms:N0} ms), CPU per flow: app " +
                                  $"{measured.AppCpuPerFlowMs:N1} ms, Logto {measured.LogtoCpuPerFlowMs:N1} ms, browsers " +
                                  $"{measured.BrowsersCpuPerFlowMs:N1} ms; {measured.Result.Failed} failed");
                Record(run, variant, users, measured);
            }
        }

        run.Table.Note($"Sign-in: complete Kakao flows (app `/sign-in/kakao` → Logto → Kakao consent → Logto → app `/callback` → " +
                       $"signed-in `/`: {_requests} requests, {_appRequests} of them to the app), each in a fresh cookie jar with the next of " +
                       $"{run.Logto.AccountCount} Kakao accounts; {run.Shape.SignInDuration.TotalSeconds:0.#} s per level and column after a " +
                       $"{run.Shape.SignInWarmUp.TotalSeconds:0.#} s warm-up. Three processes share the {Environment.ProcessorCount} cores: the app, " +
                       "Logto (the emulator, in a process of its own) and the browsers (the benchmark); CPU per flow = each process's CPU " +
                       "time during the measured run ÷ flows. App-side time = the time a flow waits on its requests to the app, which " +
                       "includes the app's own calls to Logto (pushed authorization request, token, userinfo); app-side share = that ÷ " +
                       $"flow time. App-side capacity = {Environment.ProcessorCount} cores × 1,000 ÷ app CPU per flow (ms): the flows/s the " +
                       $"app alone could serve with Logto and the browsers on other machines, as in production. The targets (≥ {TargetFlowsPerSecond:0} " +
                       $"flows/s, p99 ≤ {TargetP99Ms:0} ms at {TargetConcurrency} users) are held to the app's side: the whole flow on these " +
                       "shared cores is bound by Logto's CPU (see Logto CPU per flow), which the app does not spend; the whole flow's " +
                       "flows/s and p99 are reported beside them.");
    }

    private sealed record Measured(LoadResult Result, double AppCpuPerFlowMs, double LogtoCpuPerFlowMs, double BrowsersCpuPerFlowMs);

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
            var logtoCpu = run.Logto.CpuTime;
            var browsersCpu = BrowsersCpu();
            var result = await ClosedLoop.RunAsync(users, duration, SignIn, run.Cancellation);
            var flows = Math.Max(1, result.Succeeded + result.Failed);
            return new Measured(result, (app.CpuTime - appCpu).TotalMilliseconds / flows, (run.Logto.CpuTime - logtoCpu).TotalMilliseconds / flows,
                (BrowsersCpu() - browsersCpu).TotalMilliseconds / flows);
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
    }

    private static TimeSpan BrowsersCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static void Record(BenchRun run, AppVariant variant, int users, Measured measured)
    {
        var result = measured.Result;
        var atTarget = users == TargetConcurrency;
        var prefix = users == 1 ? "1 user" : $"{users} concurrent users";
        run.Table.Record(RowGroup.SignIn, $"{prefix}: flows/s", Unit.PerSecond, variant, result.PerSecond);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: p50 (ms)", Unit.Milliseconds, variant, result.P50Ms);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: p99 (ms)", Unit.Milliseconds, variant, result.P99Ms);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: failed flows", Unit.Count, variant, result.Failed, showRatio: false);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app-side share", Unit.Percent, variant, result.AppShare, showRatio: false);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app-side p50 (ms)", Unit.Milliseconds, variant, result.AppP50Ms);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app-side p99 (ms)", Unit.Milliseconds, variant, result.AppP99Ms,
            atTarget ? Target.AtMost(TargetP99Ms, Unit.Milliseconds) : null);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app CPU per flow (ms)", Unit.Milliseconds, variant, measured.AppCpuPerFlowMs);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: app-side capacity (flows/s = cores ÷ app CPU per flow)", Unit.PerSecond, variant,
            Environment.ProcessorCount * 1000 / measured.AppCpuPerFlowMs, atTarget ? Target.AtLeast(TargetFlowsPerSecond, Unit.PerSecond) : null);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: Logto CPU per flow (ms)", Unit.Milliseconds, variant, measured.LogtoCpuPerFlowMs);
        run.Table.Record(RowGroup.SignIn, $"{prefix}: browsers CPU per flow (ms)", Unit.Milliseconds, variant, measured.BrowsersCpuPerFlowMs);
        if (result.Failed > 0)
            run.Table.Note($"Sign-in: {variant}, {prefix}: {result.Failed} flows failed, e.g. {result.FirstError}");
    }
}
