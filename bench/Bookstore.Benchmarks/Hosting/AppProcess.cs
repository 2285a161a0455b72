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

    /// <summary>
    /// How often a start may find its port taken: <see cref="FreePort"/> picks a port nobody listens on, but until the
    /// app binds it, another process (any outgoing connection on a busy machine) may take it.
    /// </summary>
    private const int PortAttempts = 5;

    private static readonly TimeSpan PollConnectTimeout = TimeSpan.FromSeconds(5);

    private readonly AppStart _start;
    private readonly Queue<string> _output = new();
    private Process _process;
    private int _portAttempts = 1;
    private volatile bool _portTaken;

    private AppProcess(AppStart start)
    {
        _start = start;
        _process = Launch();
    }

    /// <summary>Where the app listens; a new port if the first one was taken before the app could bind it.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public int ProcessId => _process.Id;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> right before <see cref="Process.Start()"/> (of the start that bound its port).</summary>
    public long StartedAt { get; private set; }

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
    public static AppProcess Start(AppStart start) => new(start);

    private Process Launch()
    {
        BaseUri = new Uri($"https://127.0.0.1:{FreePort.Next()}/");
        var info = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { _start.App.EntryAssembly },
            WorkingDirectory = _start.App.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        ApplyEnvironment(info, _start, BaseUri);

        StartedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The app process did not start.");
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Polls <c>GET /</c> until it answers 200; returns the time since the process was started. When the app could not
    /// bind its port because something took it first, starts it again on another (<see cref="BaseUri"/> changes).
    /// </summary>
    public async Task<TimeSpan> WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var handler = BenchHttpHandler.Create(_start.Certificate);
        // Short, so that a server which took the port and never completes a handshake cannot hide the app's exit.
        handler.ConnectTimeout = PollConnectTimeout;
        using var http = new HttpClient(handler) { Timeout = timeout };
        var deadline = StartedAt + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process.HasExited)
                _process.WaitForExit(); // Until its last output line is read: that line says why it exited.
            if (_process.HasExited && _portTaken && _portAttempts < PortAttempts)
            {
                _portAttempts++;
                _process.Dispose();
                _portTaken = false;
                lock (_output)
                    _output.Clear();
                _process = Launch();
                deadline = StartedAt + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            }
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before serving /:\n{RecentOutput}");
            try
            {
                // The certificate check makes sure that the answer is this app's, not another's on a reused port.
                using var response = await http.GetAsync(BaseUri, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
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
        // Kestrel's "Failed to bind to address https://127.0.0.1:N: address already in use.", which a long stack
        // trace may push out of the lines kept.
        if (line.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            _portTaken = true;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
                _output.Dequeue();
        }
    }
}
