using BookstoreBlazor.Catalog.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// The real Bookstore app on a test server, configured to use the given Logto endpoint. Each factory gets its own
/// SQLite session database unless the settings name one; two factories sharing a database are two instances (or a
/// restart) of one app: same sessions, same key ring.
/// </summary>
public sealed class BookstoreAppFactory(string logtoEndpoint, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = Merge(logtoEndpoint, settings);
    private readonly bool _ownsDatabase =
        settings is null || !(settings.ContainsKey("Sessions:DatabasePath") || settings.ContainsKey("ConnectionStrings:Bookstore"));

    /// <summary>Credentials for an app whose Logto never checks them (unreachable, or never called); the emulator's replace them.</summary>
    public const string AppId = "bookstore-test-app";
    public const string AppSecret = "test-secret-not-real";

    public static Dictionary<string, string?> LogtoSettings(string endpoint) => new()
    {
        ["Logto:Endpoint"] = endpoint,
        ["Logto:AppId"] = AppId,
        ["Logto:AppSecret"] = AppSecret,
    };

    /// <summary>Settings for a fresh SQLite session database in the temp folder.</summary>
    public static Dictionary<string, string?> NewDatabase() => new()
    {
        ["Sessions:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"bookstore-test-{Guid.NewGuid():N}.db"),
    };

    /// <summary>Deletes a SQLite session database made by <see cref="NewDatabase"/>, once no app uses it any more.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(path + suffix);
    }

    /// <summary>What this app instance logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public string? DatabasePath => _settings.GetValueOrDefault("Sessions:DatabasePath");

    /// <summary>The app's clock in place of the system's, when a test moves time rather than waiting for it.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Information));
        // Settings reach Program's own code (which picks the session database before Build) only as host settings;
        // ConfigureAppConfiguration is applied at Build.
        foreach (var (key, value) in _settings.Where(s => s.Value is not null))
            builder.UseSetting(key, value);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        if (Clock is { } clock)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    /// <summary>
    /// Started, and done adding the seed catalogue, which the app does beside the rest of its start: a test begins
    /// where a deployed instance is once its readiness probe says so, whatever else the machine is doing.
    /// </summary>
    /// <remarks>Also the path of an app started on Kestrel (<c>UseKestrel</c> + <c>StartServer</c>).</remarks>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var patience = TimeSpan.FromMinutes(2);
        if (!host.Services.GetRequiredService<CatalogSeeding>().Finished.Wait(patience))
            throw new TimeoutException($"The app did not finish adding the seed catalogue within {patience}.");
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && DatabasePath is { } path)
            DeleteDatabase(path);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests follow them on purpose).</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Dictionary<string, string?> Merge(string endpoint, IDictionary<string, string?>? settings)
    {
        var values = LogtoSettings(endpoint);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        if (!values.ContainsKey("Sessions:DatabasePath") && !values.ContainsKey("ConnectionStrings:Bookstore"))
            foreach (var (key, value) in NewDatabase())
                values[key] = value;
        return values;
    }
}
