namespace BookstoreBlazor.Catalog;

/// <summary>A genre: its code (stored and in URLs), its name, and the colour its covers are drawn in.</summary>
public sealed record BookGenre(string Code, string Name, string CoverColour);

public static class BookGenres
{
    public static IReadOnlyList<BookGenre> All { get; } =
    [
        new("novel", "Novels", "#1e4d6b"),
        new("short-stories", "Short stories", "#6b3e75"),
        new("poetry", "Poetry", "#8a3b3b"),
        new("essays", "Essays", "#4b5d2a"),
        new("drama", "Drama", "#7a4a14"),
        new("children", "Children's books", "#1f6f5c"),
        new("mystery", "Mystery", "#2d2d3a"),
        new("science-fiction", "Science fiction", "#224a8a"),
    ];

    public static BookGenre? Find(string? code) => All.FirstOrDefault(g => g.Code == code);

    public static string NameOf(string code) => Find(code)?.Name ?? code;
}
