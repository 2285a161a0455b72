using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>A Logto user as the emulator keeps it. Null means "not set", which Logto sends as JSON null.</summary>
public sealed record EmulatorUser
{
    public required string Id { get; init; }
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Picture { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Social identities by connector target, e.g. <c>kakao</c>.</summary>
    public IReadOnlyDictionary<string, LinkedIdentity> Identities { get; init; } =
        new Dictionary<string, LinkedIdentity>();

    /// <summary>Logto's <c>customData</c>, sent as <c>custom_data</c> in userinfo; empty when null.</summary>
    public JsonObject? CustomData { get; init; }

    internal string? Password { get; init; }
}

/// <summary>One social identity, shaped like Logto's <c>identities.{target}</c> entry.</summary>
public sealed record LinkedIdentity(string UserId, JsonObject Details);
