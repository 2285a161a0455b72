namespace Bookstore.Benchmarks.Hosting;

/// <summary>One column of the table: the same published app, started with different settings.</summary>
public sealed record AppVariant(string Id, string Title, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Bookstore as shipped: a session key in the cookie, the ticket and tokens in the server-side store.</summary>
    public static AppVariant Shipped { get; } = new("shipped", "Bookstore (server-side sessions)", new Dictionary<string, string>());

    /// <summary>The design of Microsoft's and Logto's samples: the whole ticket, tokens included, in chunked cookies.</summary>
    public static AppVariant TokensInCookie { get; } = new("tokensInCookie", "Tokens in cookie (sample design)",
        new Dictionary<string, string> { ["Sessions__TokensInCookie"] = "true" });

    public static IReadOnlyList<AppVariant> All { get; } = [Shipped, TokensInCookie];

    public override string ToString() => Title;
}
