using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary>
/// The Logto emulator and a Bookstore app whose club directory calls the emulator's Management API as its M2M app
/// (<c>Logto:Management</c> from the emulator's management app), on a clock the test may move.
/// </summary>
public sealed class DirectoryEnvironment : IAsyncDisposable
{
    private readonly bool _ownsLogto;

    private DirectoryEnvironment(LogtoEmulatorHost logto, WebApplicationFactoryOf app, SettableClock clock, bool ownsLogto)
    {
        Logto = logto;
        App = app;
        Clock = clock;
        _ownsLogto = ownsLogto;
    }

    public LogtoEmulatorHost Logto { get; }
    public SettableClock Clock { get; }
    internal WebApplicationFactoryOf App { get; }
    public CapturedLogs Logs => App.Logs;

    public IClubDirectory Directory => App.Services.GetRequiredService<IClubDirectory>();

    /// <summary>The emulator's management app as <c>Logto:Management</c>; <paramref name="secret"/> replaces its secret.</summary>
    public static Dictionary<string, string?> ManagementSettings(LogtoEmulatorHost logto, string? secret = null) => new()
    {
        ["Logto:Management:AppId"] = logto.ManagementApp!.ClientId,
        ["Logto:Management:AppSecret"] = secret ?? logto.ManagementApp.ClientSecret,
    };

    public static async Task<DirectoryEnvironment> StartAsync(LogtoEmulatorOptions? options = null)
    {
        options ??= new LogtoEmulatorOptions();
        options.ConfigureLogging ??= logging => logging.SetMinimumLevel(LogLevel.Warning);
        var logto = await LogtoEmulatorHost.StartAsync(options);
        return StartApp(logto, logto.Endpoint.BaseUri.AbsoluteUri, ManagementSettings(logto), ownsLogto: true);
    }

    /// <summary>An app against <paramref name="logtoEndpoint"/> with these settings (the emulator may be another's, or none).</summary>
    public static DirectoryEnvironment StartApp(LogtoEmulatorHost logto, string logtoEndpoint, IDictionary<string, string?> settings,
        bool ownsLogto = false)
    {
        var clock = new SettableClock();
        var app = new WebApplicationFactoryOf(new BookstoreAppFactory(logtoEndpoint, settings), clock);
        _ = app.Services;
        return new DirectoryEnvironment(logto, app, clock, ownsLogto);
    }

    /// <summary>A new password user with a primary email of its own.</summary>
    public (string Id, string Email) NewUser(string name)
    {
        var username = name + Guid.NewGuid().ToString("N")[..8];
        var user = Logto.Users.Register(username, "bookstore", name, username + "@example.com")!;
        return (user.Id, user.Email!);
    }

    /// <summary>A new club with a new owner.</summary>
    public (EmulatorOrganization Club, string OwnerId) NewClub(string name)
    {
        var club = Logto.CreateOrganization(name);
        var owner = NewUser("모임장");
        Logto.AddOrganizationMember(club.Id, owner.Id, EmulatorOrganizationRole.OwnerName);
        return (club, owner.Id);
    }

    public EmulatorOrganization Seeded(OrganizationSeed seed) => Logto.Organizations.FindByName(seed.Name)!;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsLogto)
            await Logto.DisposeAsync();
    }

    /// <summary>The Bookstore app factory with the test's clock in place of the system's.</summary>
    internal sealed class WebApplicationFactoryOf(BookstoreAppFactory inner, SettableClock clock) : IAsyncDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _withClock =
            inner.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

        public IServiceProvider Services => _withClock.Services;
        public CapturedLogs Logs => inner.Logs;

        public async ValueTask DisposeAsync()
        {
            await _withClock.DisposeAsync();
            await inner.DisposeAsync();
        }
    }
}

/// <summary>One <see cref="DirectoryEnvironment"/> for a whole test class; each case makes its own clubs and users.</summary>
public sealed class SharedDirectoryEnvironment : IAsyncLifetime
{
    public DirectoryEnvironment Env { get; private set; } = null!;

    public async Task InitializeAsync() => Env = await DirectoryEnvironment.StartAsync();

    public async Task DisposeAsync() => await Env.DisposeAsync();
}
