using Bookstore.Benchmarks.Hosting;
using Bookstore.Benchmarks.Http;
using Bookstore.Benchmarks.Logto;
using Bookstore.Benchmarks.Reporting;

namespace Bookstore.Benchmarks;

/// <summary>
/// What every measurement works with: the published app, the run's certificate, the Logto emulator, the variants and
/// the table. The app of each variant that the load measurements share is started on first use and runs until the end.
/// </summary>
public sealed class BenchRun(
    LoadShape shape,
    PublishedApp app,
    BenchCertificate certificate,
    BenchLogto logto,
    string workDirectory,
    Progress progress,
    CancellationToken cancellation) : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Dictionary<AppVariant, AppProcess> _running = [];

    public LoadShape Shape { get; } = shape;
    public IReadOnlyList<AppVariant> Variants { get; } = AppVariant.All;
    public ResultTable Table { get; } = new();
    public BenchCertificate Certificate { get; } = certificate;
    public BenchLogto Logto { get; } = logto;
    public Progress Progress { get; } = progress;
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>A new app process of <paramref name="variant"/> with its session database in <paramref name="dataName"/>.</summary>
    public AppProcess StartApp(AppVariant variant, string dataName)
    {
        var data = Directory.CreateDirectory(Path.Combine(workDirectory, dataName)).FullName;
        return AppProcess.Start(new AppStart(app, variant, Certificate, Logto.Endpoint, Logto.ClientId, Logto.ClientSecret, data));
    }

    /// <summary>The running app of <paramref name="variant"/> the load measurements share (started, serving, allowed at Logto).</summary>
    public async Task<AppProcess> AppAsync(AppVariant variant)
    {
        if (_running.TryGetValue(variant, out var running))
            return running;

        Progress.Line($"starting {variant}");
        var process = StartApp(variant, "app-" + variant.Id);
        _running[variant] = process;
        await process.WaitUntilServingAsync(StartTimeout, Cancellation);
        await Logto.AllowAppAsync(process.BaseUri, Cancellation);
        return process;
    }

    /// <summary>A keep-alive client trusting the run's certificate; <paramref name="connections"/> 1 makes it one browser connection.</summary>
    public HttpClient CreateClient(int connections = int.MaxValue) =>
        new(BenchHttpHandler.Create(Certificate, connections)) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A fresh browser on <paramref name="client"/>, signed in with the next Kakao account.</summary>
    public async Task<BenchBrowser> SignInAsync(AppProcess app, HttpClient client)
    {
        var browser = new BenchBrowser(client);
        await KakaoSignIn.RunAsync(browser, app.BaseUri, Logto.NextAccount(), Cancellation);
        return browser;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _running.Values)
            await process.DisposeAsync();
        _running.Clear();
    }
}
