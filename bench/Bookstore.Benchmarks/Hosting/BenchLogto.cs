using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Extensions.Logging;

namespace Bookstore.Benchmarks.Hosting;

/// <summary>
/// The Logto emulator inside the benchmark, with many Kakao accounts so that concurrent sign-ins are different people
/// (each gets their own Logto user, grant and app session, as in real traffic).
/// </summary>
public sealed class BenchLogto : IAsyncDisposable
{
    private const long FirstKakaoId = 8_100_000_000;
    private readonly IReadOnlyList<KakaoAccount> _accounts;
    private int _next = -1;

    private BenchLogto(LogtoEmulatorHost host, IReadOnlyList<KakaoAccount> accounts)
    {
        Host = host;
        _accounts = accounts;
    }

    public LogtoEmulatorHost Host { get; }

    public Uri Endpoint => Host.Endpoint.BaseUri;

    public int AccountCount => _accounts.Count;

    public static async Task<BenchLogto> StartAsync(int kakaoAccounts, CancellationToken cancellationToken)
    {
        var accounts = Enumerable.Range(1, kakaoAccounts)
            .Select(i => new KakaoAccount(FirstKakaoId + i, $"독자{i:0000}", $"reader{i:0000}@example.com", KakaoProfileImage.Own))
            .ToList();
        var options = new LogtoEmulatorOptions
        {
            Kakao = { Accounts = accounts },
            // Errors only: the emulator shares the console with the progress lines and the table.
            ConfigureLogging = logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Error),
        };
        return new BenchLogto(await LogtoEmulatorHost.StartAsync(options, cancellationToken), accounts);
    }

    /// <summary>The next Kakao account, round robin: concurrent callers never get the same one while there are enough.</summary>
    public KakaoAccount NextAccount() => _accounts[(int)((uint)Interlocked.Increment(ref _next) % (uint)_accounts.Count)];

    public Task AllowAppAsync(Uri appBase, CancellationToken cancellationToken) => Host.AllowAppAsync(appBase, cancellationToken: cancellationToken);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
