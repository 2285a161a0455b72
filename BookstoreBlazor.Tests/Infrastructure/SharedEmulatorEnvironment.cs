namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// One emulator and app for a whole test class (xunit runs a class's tests one at a time), for cases that each use a
/// fresh <see cref="HttpBrowser"/> and so cannot disturb one another. A case that sets a fault on the emulator sets it
/// itself.
/// </summary>
public sealed class SharedEmulatorEnvironment : IAsyncLifetime
{
    public EmulatorEnvironment Env { get; private set; } = null!;

    public async Task InitializeAsync() => Env = await EmulatorEnvironment.StartAsync();

    public async Task DisposeAsync() => await Env.DisposeAsync();
}
