using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>The real Bookstore app on a test server, configured to use the given Logto endpoint.</summary>
public sealed class BookstoreAppFactory(string logtoEndpoint, IDictionary<string, string?>? settings = null, DirectoryInfo? keyRing = null)
    : WebApplicationFactory<Program>
{
    public static Dictionary<string, string?> LogtoSettings(string endpoint) => new()
    {
        ["Logto:Endpoint"] = endpoint,
        ["Logto:AppId"] = FakeLogto.ClientId,
        ["Logto:AppSecret"] = FakeLogto.ClientSecret,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var values = LogtoSettings(logtoEndpoint);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                values[key] = value;
            config.AddInMemoryCollection(values);
        });
        // Two instances that share a key ring read each other's cookies, like a restarted or scaled-out app.
        if (keyRing is not null)
            builder.ConfigureServices(services => services.AddDataProtection().PersistKeysToFileSystem(keyRing).SetApplicationName("bookstore-tests"));
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests follow them on purpose).</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
