using BookstoreBlazor.LogtoEmulator;
using Microsoft.Extensions.Logging;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// One Logto emulator for a whole test class (xunit runs a class's tests one at a time), for cases that read the
/// emulator's pages and tokens through a probe of their own (<see cref="NewProbe"/>: a fresh browser, so no cookie or
/// Logto session carries over) and neither set a fault nor count the emulator's statistics or logs. A case that
/// does any of those starts its own emulator (<see cref="EmulatorProbe.StartAsync"/>).
/// </summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    public LogtoEmulatorHost Logto { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning) });
        await Logto.AllowAppAsync(OidcTestClient.AppBase);
    }

    public EmulatorProbe NewProbe() => EmulatorProbe.On(Logto);

    public async Task DisposeAsync() => await Logto.DisposeAsync();
}
