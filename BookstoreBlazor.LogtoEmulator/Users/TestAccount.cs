using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>
/// A username/password account the emulator creates at start, with exactly these roles (as if an admin had set them in
/// the console), so a test can also have a user without the default role.
/// </summary>
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
        new("reader", "bookstore", "Bookstore Reader", "reader@example.com", EmulatorRole.ReaderName);

    /// <summary>May edit the catalogue: the app's admin pages and the API's <c>write:books</c>.</summary>
    public static TestAccount Admin { get; } =
        new("admin", "bookstore", "Bookstore Admin", "admin@example.com", EmulatorRole.AdminName);
}
