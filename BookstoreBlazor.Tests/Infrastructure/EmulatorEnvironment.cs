using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Rbac;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>The Logto emulator and Bookstore, each on a real loopback port, and an HTTP browser for both.</summary>
public sealed class EmulatorEnvironment : IAsyncDisposable
{
    private readonly bool _ownsLogto;

    private EmulatorEnvironment(LogtoEmulatorHost logto, BookstoreAppFactory app, Uri appBase, bool ownsLogto)
    {
        Logto = logto;
        App = app;
        AppBase = appBase;
        _ownsLogto = ownsLogto;
    }

    public LogtoEmulatorHost Logto { get; }
    public BookstoreAppFactory App { get; }
    public Uri AppBase { get; }
    public HttpBrowser Browser { get; } = new();

    /// <param name="clock">The app's clock, for a test that moves time (token expiry, cache staleness) instead of waiting.</param>
    public static async Task<EmulatorEnvironment> StartAsync(LogtoEmulatorOptions? options = null,
        IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        options ??= new LogtoEmulatorOptions();
        options.ConfigureLogging ??= logging => logging.SetMinimumLevel(LogLevel.Warning);
        var logto = await LogtoEmulatorHost.StartAsync(options);
        return await StartAppAsync(logto, settings, ownsLogto: true, clock: clock);
    }

    /// <summary>
    /// Another app instance against a running emulator (a restart, or a second instance of one app). A restart that
    /// must keep the app's address (redirects already under way point at it) passes the old <paramref name="port"/>.
    /// </summary>
    public static async Task<EmulatorEnvironment> StartAppAsync(LogtoEmulatorHost logto,
        IDictionary<string, string?>? settings = null, bool ownsLogto = false, int port = 0, TimeProvider? clock = null)
    {
        var appSettings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        appSettings.TryAdd("Logto:AppId", logto.DefaultClient.ClientId);
        appSettings.TryAdd("Logto:AppSecret", logto.DefaultClient.ClientSecret);
        // As `dotnet run` does with the embedded emulator: sign-in asks for the Bookstore API resource too.
        appSettings.TryAdd("Logto:ApiResource", EmulatorApiResource.DefaultIndicator);
        // And, as there, the club directory calls the emulator's Management API as its M2M app.
        if (logto.ManagementApp is { } management)
        {
            appSettings.TryAdd("Logto:Management:AppId", management.ClientId);
            appSettings.TryAdd("Logto:Management:AppSecret", management.ClientSecret);
        }
        var app = port == 0
            ? StartApp(logto, appSettings, port, clock)
            : await FreedPort.RebindAsync(() => Task.FromResult(StartApp(logto, appSettings, port, clock)));
        var appBase = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await logto.AllowAppAsync(appBase);
        return new EmulatorEnvironment(logto, app, appBase, ownsLogto);
    }

    private static BookstoreAppFactory StartApp(LogtoEmulatorHost logto, Dictionary<string, string?> settings, int port, TimeProvider? clock)
    {
        var app = new BookstoreAppFactory(logto.Endpoint.BaseUri.AbsoluteUri, settings) { Clock = clock };
        try
        {
            app.UseKestrel(port);
            app.StartServer();
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    public Task<BrowserPage> GoAsync(string pathAndQuery) => Browser.GoAsync(new Uri(AppBase, pathAndQuery));

    /// <summary>"Continue with Kakao" in the app, then the account and the button chosen on Kakao's consent screen.</summary>
    public async Task<BrowserPage> SignInWithKakaoAsync(KakaoAccount account, string start = "/sign-in/kakao",
        bool agree = true, bool shareEmail = true, HttpBrowser? browser = null)
    {
        browser ??= Browser;
        var consent = await browser.GoAsync(new Uri(AppBase, start));
        Assert.Equal(KakaoConsentPath, consent.Uri.AbsolutePath);
        return await browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = account.Id.ToString(),
            ["decision"] = agree ? "agree" : "cancel",
            ["share_email"] = shareEmail ? "true" : null,
        });
    }

    /// <summary>The emulator's own sign-in form, reached from <paramref name="start"/> in the app.</summary>
    public async Task<BrowserPage> SignInWithPasswordAsync(string identifier, string password, string start = "/sign-in")
    {
        var signIn = await GoAsync(start);
        Assert.Equal("/sign-in", signIn.Uri.AbsolutePath);
        Assert.Equal(Logto.Endpoint.BaseUri.Authority, signIn.Uri.Authority);
        return await Browser.SubmitAsync(signIn, new Dictionary<string, string?> { ["identifier"] = identifier, ["password"] = password });
    }

    public async Task<BrowserPage> SignOutAsync()
    {
        var confirmation = await GoAsync("/sign-out");
        return await Browser.SubmitAsync(confirmation, action: "/sign-out");
    }

    public const string KakaoConsentPath = "/kakao/oauth/authorize";

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await App.DisposeAsync();
        if (_ownsLogto)
            await Logto.DisposeAsync();
    }
}
