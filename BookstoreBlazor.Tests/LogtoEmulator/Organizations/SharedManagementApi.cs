using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// One emulator and a Management API caller for a whole test class; each case makes its own organization (and users) on
/// it, so cases cannot disturb one another.
/// </summary>
public sealed class SharedManagementApi : IAsyncLifetime
{
    public EmulatorProbe Probe { get; private set; } = null!;
    internal ManagementApiCaller Api { get; private set; } = null!;
    public LogtoEmulatorHost Logto => Probe.Logto;

    public async Task InitializeAsync()
    {
        Probe = await EmulatorProbe.StartAsync();
        Api = await ManagementApiCaller.StartAsync(Probe.Logto);
    }

    public async Task DisposeAsync() => await Probe.DisposeAsync();

    /// <summary>A new password user with a primary email of its own.</summary>
    public string NewUser(string name)
    {
        var username = name + Guid.NewGuid().ToString("N")[..8];
        return Logto.Users.Register(username, "bookstore", name, username + "@example.com")!.Id;
    }
}
