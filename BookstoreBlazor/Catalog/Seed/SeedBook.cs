namespace BookstoreBlazor.Catalog.Seed;

/// <summary>One entry of <c>books.json</c>, as written there.</summary>
internal sealed record SeedBook(
    string Isbn,
    string Title,
    string? AlternateTitle,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string>? AuthorsLatin,
    int Year,
    string Language,
    string Genre,
    string Description,
    int Price,
    bool Featured,
    DateOnly Added)
{
    public Book ToBook()
    {
        var added = Added.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var book = new Book
        {
            Isbn = Isbn,
            Title = Title,
            AlternateTitle = AlternateTitle,
            Authors = [.. Authors],
            AuthorsLatin = [.. AuthorsLatin ?? []],
            Year = Year,
            Language = Language,
            Genre = Genre,
            Description = Description,
            Price = Price,
            Featured = Featured,
            AddedAt = added,
            UpdatedAt = added,
        };
        book.UpdateDerivedFields();
        return book;
    }
}
