using BookstoreBlazor.LogtoEmulator;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>The Logto emulator alone, with a browser and a hand-driven client registered for <c>http://app.test</c>.</summary>
public sealed class EmulatorProbe : IAsyncDisposable
{
    private readonly bool _ownsLogto;

    private EmulatorProbe(LogtoEmulatorHost logto, HttpBrowser browser, OidcTestClient client, bool ownsLogto)
    {
        Logto = logto;
        Browser = browser;
        Client = client;
        _ownsLogto = ownsLogto;
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
        return new EmulatorProbe(logto, browser, await OidcTestClient.RegisterAsync(logto, browser), ownsLogto: true);
    }

    /// <summary>
    /// A fresh browser and client on an emulator that someone else runs (and stops), whose default client already
    /// allows <c>http://app.test</c>: see <see cref="SharedEmulator"/>.
    /// </summary>
    public static EmulatorProbe On(LogtoEmulatorHost logto)
    {
        var browser = new HttpBrowser();
        return new EmulatorProbe(logto, browser, new OidcTestClient(logto, browser), ownsLogto: false);
    }

    public Uri Url(string path) => new(Logto.Endpoint.BaseUri, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        if (_ownsLogto)
            await Logto.DisposeAsync();
    }
}
