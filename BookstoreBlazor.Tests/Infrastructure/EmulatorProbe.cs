using BookstoreBlazor.LogtoEmulator;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>The Logto emulator alone, with a browser and a hand-driven client registered for <c>http://app.test</c>.</summary>
public sealed class EmulatorProbe : IAsyncDisposable
{
    private EmulatorProbe(LogtoEmulatorHost logto, HttpBrowser browser, OidcTestClient client)
    {
        Logto = logto;
        Browser = browser;
        Client = client;
    }

    public LogtoEmulatorHost Logto { get; }
    public HttpBrowser Browser { get; }
    public OidcTestClient Client { get; }

    public static async Task<EmulatorProbe> StartAsync(LogtoEmulatorOptions? options = null)
    {
        options ??= new LogtoEmulatorOptions();
        options.ConfigureLogging ??= logging => logging.SetMinimumLevel(LogLevel.Warning);
        var logto = await LogtoEmulatorHost.StartAsync(options);
        var browser = new HttpBrowser();
        return new EmulatorProbe(logto, browser, await OidcTestClient.RegisterAsync(logto, browser));
    }

    public Uri Url(string path) => new(Logto.Endpoint.BaseUri, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Logto.DisposeAsync();
    }
}
