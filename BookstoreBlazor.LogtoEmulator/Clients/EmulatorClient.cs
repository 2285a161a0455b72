using System.Security.Cryptography;

namespace BookstoreBlazor.LogtoEmulator.Clients;

/// <summary>An application registered in the emulated tenant: its App ID, App secret and allowed redirect URIs.</summary>
public sealed class EmulatorClient
{
    public const string DefaultClientId = "bookstore-dev";

    public required string ClientId { get; init; }

    /// <summary>Random per emulator run for the default app, so no secret is ever written down.</summary>
    public required string ClientSecret { get; init; }

    public string DisplayName { get; init; } = "Bookstore";
    public List<Uri> RedirectUris { get; init; } = [];
    public List<Uri> PostLogoutRedirectUris { get; init; } = [];
    public List<Uri> BackchannelLogoutUris { get; init; } = [];

    public static EmulatorClient CreateDefault() => new()
    {
        ClientId = DefaultClientId,
        ClientSecret = NewSecret(),
    };

    internal static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
