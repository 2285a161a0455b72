#if LOGTO_EMULATOR
using BookstoreBlazor.LogtoEmulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
#endif

namespace BookstoreBlazor.Hosting;

public static class EmbeddedLogtoEmulator
{
    /// <summary>
    /// Development with no <c>Logto:Endpoint</c>: start the Logto emulator inside this process and sign in through it.
    /// Never in any other environment, and not at all in a Release build, which does not contain the emulator.
    /// </summary>
    public static WebApplicationBuilder AddLogtoEmulatorWhenUnconfigured(this WebApplicationBuilder builder)
    {
#if LOGTO_EMULATOR
        builder.Services.AddSingleton<EmbeddedEmulator>();
        builder.Services.AddSingleton<IPostConfigureOptions<BookstoreBlazor.Authentication.LogtoOptions>, UseEmulatorWhenUnconfigured>();
        builder.Services.AddSingleton<IPostConfigureOptions<BookstoreBlazor.Clubs.Management.ManagementApiOptions>, UseEmulatorManagementApp>();
        builder.Services.AddHostedService<EmulatorRegistration>();
#endif
        return builder;
    }

#if LOGTO_EMULATOR
    /// <summary>
    /// The emulator, started on first use. Deciding when the options are first read (after every configuration
    /// source is in) also keeps its host from being built while the app's own host is being built.
    /// </summary>
    private sealed class EmbeddedEmulator : IAsyncDisposable
    {
        private readonly Lock _starting = new();

        public BookstoreBlazor.LogtoEmulator.LogtoEmulatorHost? Running { get; private set; }

        public BookstoreBlazor.LogtoEmulator.LogtoEmulatorHost Start()
        {
            lock (_starting)
                return Running ??= BookstoreBlazor.LogtoEmulator.LogtoEmulatorHost.StartAsync().GetAwaiter().GetResult();
        }

        public async ValueTask DisposeAsync()
        {
            if (Running is not null)
                await Running.DisposeAsync();
        }
    }

    private sealed class UseEmulatorWhenUnconfigured(EmbeddedEmulator emulator, IHostEnvironment environment)
        : IPostConfigureOptions<BookstoreBlazor.Authentication.LogtoOptions>
    {
        public void PostConfigure(string? name, BookstoreBlazor.Authentication.LogtoOptions options)
        {
            if (!environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.Endpoint))
                return;

            var running = emulator.Start();
            options.Endpoint = running.Endpoint.BaseUri.AbsoluteUri;
            options.AppId = running.DefaultClient.ClientId;
            options.AppSecret = running.DefaultClient.ClientSecret;
            if (!options.HasApiResource)
                options.ApiResource = BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource.DefaultIndicator;
        }
    }

    /// <summary>
    /// With the embedded emulator and no <c>Logto:Management</c> of its own, the app calls the emulator's Management API
    /// as its M2M app, so club invitations work on <c>dotnet run</c>. Never for a real Logto (the emulator is not running).
    /// </summary>
    private sealed class UseEmulatorManagementApp(EmbeddedEmulator emulator, IOptions<BookstoreBlazor.Authentication.LogtoOptions> logto)
        : IPostConfigureOptions<BookstoreBlazor.Clubs.Management.ManagementApiOptions>
    {
        public void PostConfigure(string? name, BookstoreBlazor.Clubs.Management.ManagementApiOptions options)
        {
            // Reading the Logto options first starts the emulator if the app is to use it.
            _ = logto.Value;
            if (options.IsConfigured || emulator.Running?.ManagementApp is not { } app)
                return;

            options.AppId = app.ClientId;
            options.AppSecret = app.ClientSecret;
            options.Resource = BookstoreBlazor.LogtoEmulator.ManagementApi.LogtoManagementApi.Indicator;
        }
    }

    /// <summary>Once the app listens, registers its real URLs with the emulator (the port may be chosen at start).</summary>
    private sealed class EmulatorRegistration(EmbeddedEmulator emulator, IServer server, ILogger<EmulatorRegistration> logger)
        : IHostedLifecycleService
    {
        public async Task StartedAsync(CancellationToken cancellationToken)
        {
            if (emulator.Running is not { } running)
                return;

            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var appBases = addresses.SelectMany(LoopbackForms).Distinct().ToList();
            foreach (var appBase in appBases)
                await running.AllowAppAsync(appBase, cancellationToken: cancellationToken);

            // After the M2M app's curl line for a token: where a script sends it.
            var apiCall = running.MachineApps.Count > 0 && appBases.Count > 0
                ? $"\n  Then call the API with its access_token: curl -H \"Authorization: Bearer <access_token>\" {new Uri(appBases[0], Api.ApiRoutes.Books)}"
                : "";
            logger.LogWarning("No Logto:Endpoint is set, so Bookstore signs in through the built-in Logto emulator " +
                              "(Development only).\n{Description}{ApiCall}", string.Join('\n', running.Describe()), apiCall);
        }

        /// <summary>A wildcard or loopback address is reachable as localhost and as 127.0.0.1.</summary>
        private static IEnumerable<Uri> LoopbackForms(string address)
        {
            var uri = new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost")
                .Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"));
            yield return uri;
            if (uri.IsLoopback)
                yield return new UriBuilder(uri) { Host = uri.Host == "localhost" ? "127.0.0.1" : "localhost" }.Uri;
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
#endif
}
