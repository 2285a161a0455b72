namespace BookstoreBlazor.Catalog;

/// <summary>The languages the catalogue holds: a BCP 47 code (stored, in URLs, and as <c>lang</c> on titles) and a name.</summary>
public sealed record BookLanguage(string Code, string Name);

public static class BookLanguages
{
    public static IReadOnlyList<BookLanguage> All { get; } =
    [
        new("ko", "Korean"),
        new("ja", "Japanese"),
        new("en", "English"),
    ];

    public static BookLanguage? Find(string? code) => All.FirstOrDefault(l => l.Code == code);

    public static string NameOf(string code) => Find(code)?.Name ?? code;
}
