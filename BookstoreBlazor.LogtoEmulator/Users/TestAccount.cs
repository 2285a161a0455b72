namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>A username/password account the emulator creates at start.</summary>
public sealed record TestAccount(
    string Username,
    string Password,
    string? Name = null,
    string? Email = null,
    params string[] Roles)
{
    public static TestAccount Reader { get; } =
        new("reader", "bookstore", "Bookstore Reader", "reader@example.com", "reader");
}
