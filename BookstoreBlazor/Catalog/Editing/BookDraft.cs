namespace BookstoreBlazor.Catalog.Editing;

/// <summary>A book as an admin types it (form or API), before <see cref="BookDraftValidator"/> has accepted it.</summary>
public sealed class BookDraft
{
    public string? Isbn { get; set; }
    public string? Title { get; set; }
    public string? AlternateTitle { get; set; }
    public List<string> Authors { get; set; } = [];
    public List<string> AuthorsLatin { get; set; } = [];
    public int? Year { get; set; }
    public string? Language { get; set; }
    public string? Genre { get; set; }
    public string? Description { get; set; }
    public int? Price { get; set; }
    public bool Featured { get; set; }

    public static BookDraft From(Book book) => new()
    {
        Isbn = book.Isbn,
        Title = book.Title,
        AlternateTitle = book.AlternateTitle,
        Authors = [.. book.Authors],
        AuthorsLatin = [.. book.AuthorsLatin],
        Year = book.Year,
        Language = book.Language,
        Genre = book.Genre,
        Description = book.Description,
        Price = book.Price,
        Featured = book.Featured,
    };

    /// <summary>Copies the (validated) fields onto <paramref name="book"/>; the ISBN is the book's identity and stays.</summary>
    internal void ApplyTo(Book book)
    {
        book.Title = Title!.Trim();
        book.AlternateTitle = string.IsNullOrWhiteSpace(AlternateTitle) ? null : AlternateTitle.Trim();
        book.Authors = Clean(Authors);
        book.AuthorsLatin = Clean(AuthorsLatin);
        book.Year = Year!.Value;
        book.Language = Language!;
        book.Genre = Genre!;
        book.Description = Description!.Trim();
        book.Price = Price!.Value;
        book.Featured = Featured;
        book.UpdateDerivedFields();
    }

    internal static List<string> Clean(IEnumerable<string>? names) =>
        (names ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).ToList();
}
