using System.Net;
using System.Net.Sockets;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.Storage;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>
/// A running Logto stand-in on its own loopback port: Logto's OpenID Connect endpoints (OpenIddict), its sign-in
/// experience and a simulated Kakao. For Development and tests only; state lives in memory and ends with it.
/// </summary>
public sealed partial class LogtoEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteConnection _database;
    private int _disposed;

    private LogtoEmulatorHost(WebApplication app, SqliteConnection database, EmulatorEndpoint endpoint, LogtoEmulatorOptions options)
    {
        _app = app;
        _database = database;
        Endpoint = endpoint;
        Options = options;
        Clients = options.EffectiveClients;
        MachineApps = [.. options.MachineApps];
        ManagementApp = options.ManagementApp;
    }

    /// <summary>What an app puts in <c>Logto:Endpoint</c>, e.g. <c>http://127.0.0.1:3001/</c>.</summary>
    public EmulatorEndpoint Endpoint { get; }

    public LogtoEmulatorOptions Options { get; }

    public IReadOnlyList<EmulatorClient> Clients { get; }

    public EmulatorClient DefaultClient => Clients[0];

    /// <summary>The "Machine-to-machine" apps registered at start, for the client credentials grant.</summary>
    public IReadOnlyList<EmulatorMachineApp> MachineApps { get; }

    /// <summary>The M2M app for Logto's Management API (<c>/api</c>), or null when the options turned it off.</summary>
    public EmulatorMachineApp? ManagementApp { get; }

    public UserDirectory Users => _app.Services.GetRequiredService<UserDirectory>();

    public EmulatorStatistics Statistics => _app.Services.GetRequiredService<EmulatorStatistics>();

    /// <summary>Test-only: the last authorization request (pushed or not) as the emulator read it.</summary>
    public AuthorizationRequestLog AuthorizationRequests => _app.Services.GetRequiredService<AuthorizationRequestLog>();

    public IServiceProvider Services => _app.Services;

    public static async Task<LogtoEmulatorHost> StartAsync(LogtoEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LogtoEmulatorOptions();
        if (options.Port != 0)
        {
            return await StartOnAsync(options.Port, options, cancellationToken);
        }

        // The issuer (and so every URL the emulator hands out) is fixed when its services are built, before Kestrel
        // binds, so the port is picked first. Another process may take it in between: then pick another.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnAsync(FreeLoopbackPort(), options, cancellationToken);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException && attempt < PortAttempts)
            {
            }
        }
    }

    private const int PortAttempts = 10;

    private static async Task<LogtoEmulatorHost> StartOnAsync(int port, LogtoEmulatorOptions options, CancellationToken cancellationToken)
    {
        var endpoint = new EmulatorEndpoint(new Uri($"http://127.0.0.1:{port}/"));
        // Shared-cache in-memory SQLite: every DbContext opens its own connection; this one keeps the database alive.
        var database = new SqliteConnection($"Data Source=logto-emulator-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await database.OpenAsync(cancellationToken);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LogtoEmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        // Overrides ASPNETCORE_URLS, which belongs to the app this emulator may run inside.
        builder.WebHost.UseUrls(endpoint.BaseUri.AbsoluteUri);
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configureLogging)
        {
            configureLogging(builder.Logging);
        }
        else
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("OpenIddict", LogLevel.Warning)
                .AddFilter("System.Net.Http", LogLevel.Warning);
        }

        builder.AddEmulatorServices(endpoint, options, database);
        var app = builder.Build();
        app.MapEmulator();
        // OpenIddict builds its options (generating its keys) on first use: pay for that now, not inside the first
        // request of an app, whose Logto timeout it can use up on a busy machine.
        _ = app.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue;

        var emulator = new LogtoEmulatorHost(app, database, endpoint, options);
        try
        {
            await emulator.SeedAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            if (options.EnablePushedAuthorization)
                await PushedRequestWarmUp.RunAsync(emulator, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }

        return emulator;
    }

    /// <summary>
    /// Lets the app at <paramref name="appBase"/> use <c>/callback</c>, <c>/signed-out</c> and <c>/backchannel-logout</c>.
    /// </summary>
    public Task AllowAppAsync(Uri appBase, string? clientId = null, CancellationToken cancellationToken = default) =>
        _app.Services.GetRequiredService<ClientRegistry>()
            .AllowAppAsync(clientId ?? DefaultClient.ClientId, appBase, cancellationToken);

    /// <summary>Waits for Ctrl+C or SIGTERM (the emulator's own host listens for both).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops the emulator. Safe to call again: a test may stop Logto mid-way to simulate an outage.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmulatorDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        }

        await _app.Services.GetRequiredService<ApiScopeRegistry>().RegisterAsync(cancellationToken);
        var registry = _app.Services.GetRequiredService<ClientRegistry>();
        foreach (var client in Clients)
        {
            await registry.RegisterAsync(client, cancellationToken);
        }

        foreach (var app in Options.EffectiveMachineApps)
        {
            await registry.RegisterAsync(app, cancellationToken);
        }

        foreach (var account in Options.TestAccounts)
        {
            Users.Add(account);
        }

        _app.Services.GetRequiredService<OrganizationSeeding>().SeedAll();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
