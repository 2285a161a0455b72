namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// An API resource (Logto Console → API resources): the indicator an app names in <c>resource</c>, which becomes the
/// access token's <c>aud</c>, and the permissions (scopes) roles can grant on it.
/// </summary>
public sealed record EmulatorApiResource(string Indicator, string Name, IReadOnlyList<string> Scopes)
{
    /// <summary>The Bookstore API's indicator: what the app sends as <c>resource</c> and its API expects as <c>aud</c>.</summary>
    public const string DefaultIndicator = "https://api.bookstore.example";

    public const string ReadShelf = "read:shelf";
    public const string WriteShelf = "write:shelf";
    public const string WriteBooks = "write:books";

    public static EmulatorApiResource Bookstore { get; } =
        new(DefaultIndicator, "Bookstore API", [ReadShelf, WriteShelf, WriteBooks]);
}
