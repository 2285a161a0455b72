using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.Clients;

/// <summary>
/// A "Machine-to-machine" application (Logto Console → Applications): an App ID and App secret for the client credentials
/// grant, and the M2M roles assigned to it, whose permissions are all its tokens can carry. It has no redirect URIs and
/// never signs a user in.
/// </summary>
public sealed record EmulatorMachineApp(string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Roles)
{
    public const string DefaultClientId = "bookstore-script";

    /// <summary>A script that keeps Bookstore's catalogue, with a secret random per emulator run.</summary>
    public static EmulatorMachineApp CreateDefault() =>
        new(DefaultClientId, EmulatorClient.NewSecret(), "Bookstore catalogue script", [EmulatorRole.CatalogueScriptName]);
}
