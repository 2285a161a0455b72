using System.Diagnostics;
using System.Net;

namespace Bookstore.Benchmarks.Hosting;

/// <summary>
/// The published app as its own process (Production, https on a loopback port, Logto = the benchmark's emulator), so
/// its CPU and memory are its own and never the benchmark's.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 40;
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly BenchCertificate _certificate;

    private AppProcess(Process process, Uri baseUri, long startedAt, BenchCertificate certificate)
    {
        _process = process;
        BaseUri = baseUri;
        StartedAt = startedAt;
        _certificate = certificate;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUri { get; }

    public int ProcessId => _process.Id;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> right before <see cref="Process.Start()"/>.</summary>
    public long StartedAt { get; }

    /// <summary>The app's resident memory now (VmRSS), read from /proc like a container's memory gauge does.</summary>
    public long WorkingSetBytes => ProcessMemory.ResidentBytes(_process.Id);

    /// <summary>
    /// CPU time the app has used so far (user + system). The difference over a run, divided by the work done, does not
    /// depend on what else the machine is busy with, unlike rates and latencies.
    /// </summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the app; returns as soon as the process exists (see <see cref="WaitUntilServingAsync"/>).</summary>
    public static AppProcess Start(AppStart start)
    {
        var port = FreePort.Next();
        var baseUri = new Uri($"https://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { start.App.EntryAssembly },
            WorkingDirectory = start.App.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        ApplyEnvironment(info, start, baseUri);

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The app process did not start.");
        return new AppProcess(process, baseUri, startedAt, start.Certificate);
    }

    /// <summary>Polls <c>GET /</c> until it answers 200; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(BenchHttpHandler.Create(_certificate)) { Timeout = timeout };
        var deadline = StartedAt + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before serving /:\n{RecentOutput}");
            try
            {
                using var response = await http.GetAsync(BaseUri, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"The app did not serve / within {timeout.TotalSeconds:0} s:\n{RecentOutput}");
            await Task.Delay(5, cancellationToken);
        }
    }

    /// <summary>The last lines the app wrote, for error messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static void ApplyEnvironment(ProcessStartInfo info, AppStart start, Uri baseUri)
    {
        // Whatever configures an app in the benchmark's own environment must not leak into the measured one.
        foreach (var name in info.Environment.Keys.Where(IsAppSetting).ToList())
            info.Environment.Remove(name);

        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = baseUri.GetLeftPart(UriPartial.Authority),
            ["Kestrel__Certificates__Default__Path"] = start.Certificate.PfxPath,
            ["Kestrel__Certificates__Default__Password"] = start.Certificate.Password,
            ["Logto__Endpoint"] = start.LogtoEndpoint.AbsoluteUri,
            ["Logto__AppId"] = start.AppId,
            ["Logto__AppSecret"] = start.AppSecret,
            // As configured for real: sign-in asks for the API resource, and /api accepts tokens for it.
            ["Logto__ApiResource"] = BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource.DefaultIndicator,
            ["Sessions__DatabasePath"] = Path.Combine(start.DataDirectory, "bookstore.db"),
        };
        foreach (var (name, value) in start.Variant.Settings)
            settings[name] = value;
        foreach (var (name, value) in settings)
            info.Environment[name] = value;
    }

    private static bool IsAppSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || name.Contains("__", StringComparison.Ordinal);

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
                _output.Dequeue();
        }
    }
}
