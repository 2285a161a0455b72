using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Bookstore.Benchmarks.Hosting;
using BookstoreBlazor.LogtoEmulator.Kakao;

namespace Bookstore.Benchmarks.Logto;

/// <summary>
/// The Logto emulator as a process of its own (see <see cref="LogtoChild"/>), with many Kakao accounts so that
/// concurrent sign-ins are different people (each gets their own Logto user, grant and app session, as in real
/// traffic). Its own process, as Logto is in production, so a sign-in's CPU splits into the app's, Logto's and the
/// browsers' (the benchmark's).
/// </summary>
public sealed class BenchLogto : IAsyncDisposable
{
    private const int OutputLinesKept = 40;
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly IReadOnlyList<KakaoAccount> _accounts;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();
    private readonly Queue<string> _output = new();
    private readonly SemaphoreSlim _oneRequestAtATime = new(1, 1);
    private int _next = -1;

    private BenchLogto(Process process, IReadOnlyList<KakaoAccount> accounts)
    {
        _process = process;
        _accounts = accounts;
        process.OutputDataReceived += (_, line) => Receive(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The "Traditional web" app the benchmark's apps sign in as.</summary>
    public string ClientId { get; private set; } = null!;

    public string ClientSecret { get; private set; } = null!;

    public int AccountCount => _accounts.Count;

    public int ProcessId => _process.Id;

    /// <summary>CPU time the emulator has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<BenchLogto> StartAsync(int kakaoAccounts, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { typeof(LogtoChild).Assembly.Location, LogtoChild.Argument, kakaoAccounts.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        DotnetHost.RemoveInheritedBuildSettings(start);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The Logto emulator process did not start.");
        var logto = new BenchLogto(process, BenchKakaoAccounts.Create(kakaoAccounts));
        try
        {
            var ready = LogtoMessages.Parse<LogtoReady>(await logto.NextAnswerAsync(cancellationToken));
            (logto.Endpoint, logto.ClientId, logto.ClientSecret) = (ready.Endpoint, ready.ClientId, ready.ClientSecret);
            return logto;
        }
        catch
        {
            await logto.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next Kakao account, round robin: concurrent callers never get the same one while there are enough.</summary>
    public KakaoAccount NextAccount() => _accounts[(int)((uint)Interlocked.Increment(ref _next) % (uint)_accounts.Count)];

    /// <summary>Lets the app at <paramref name="appBase"/> use its callbacks.</summary>
    public Task AllowAppAsync(Uri appBase, CancellationToken cancellationToken) =>
        AskAsync(new LogtoRequest(AllowApp: appBase), cancellationToken);

    /// <summary>An access token for <paramref name="resource"/> as Logto issues it to <see cref="ClientId"/>'s user <paramref name="subject"/>.</summary>
    public async Task<string> CreateAccessTokenAsync(string resource, string subject, string scope, CancellationToken cancellationToken) =>
        await AskAsync(new LogtoRequest(TokenSubject: subject, TokenResource: resource, TokenScope: scope), cancellationToken)
        ?? throw new InvalidOperationException("The emulator returned no access token.");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Closing its input is the child's signal to stop; it ends the emulator's host cleanly.
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        _oneRequestAtATime.Dispose();
    }

    private async Task<string?> AskAsync(LogtoRequest request, CancellationToken cancellationToken)
    {
        await _oneRequestAtATime.WaitAsync(cancellationToken);
        try
        {
            await _process.StandardInput.WriteLineAsync(LogtoMessages.Line(request).AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
            var answer = LogtoMessages.Parse<LogtoAnswer>(await NextAnswerAsync(cancellationToken));
            return answer.Error is { } error ? throw new InvalidOperationException($"The Logto emulator refused {request}: {error}") : answer.Value;
        }
        finally
        {
            _oneRequestAtATime.Release();
        }
    }

    private async Task<string> NextAnswerAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AnswerTimeout);
        try
        {
            return await _answers.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The Logto emulator process ended:\n{RecentOutput}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The Logto emulator did not answer within {AnswerTimeout.TotalSeconds:0} s:\n{RecentOutput}");
        }
    }

    private void Receive(string? line)
    {
        if (line is null)
            _answers.Writer.TryComplete();
        else if (line.StartsWith(LogtoMessages.Prefix, StringComparison.Ordinal))
            _answers.Writer.TryWrite(line[LogtoMessages.Prefix.Length..]);
        else
            Keep(line);
    }

    private string RecentOutput
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        // The emulator's errors would otherwise go unseen until a sign-in fails for them.
        Console.Error.WriteLine($"logto: {line}");
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
                _output.Dequeue();
        }
    }
}
