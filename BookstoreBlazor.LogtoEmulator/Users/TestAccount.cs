using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>A username/password account the emulator creates at start.</summary>
public sealed record TestAccount(
    string Username,
    string Password,
    string? Name = null,
    string? Email = null,
    params string[] Roles)
{
    /// <summary>Logto's <c>customData</c>: whatever an admin or the Management API stored on the user.</summary>
    public JsonObject? CustomData { get; init; }

    public static TestAccount Reader { get; } =
        new("reader", "bookstore", "Bookstore Reader", "reader@example.com", "reader");
}
