using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Covers;
using BookstoreBlazor.Catalog.Editing;

namespace BookstoreBlazor.Api;

/// <summary>A book as the API shows it. <c>price</c> is in <c>currency</c> (Korean won, no minor unit).</summary>
public sealed record BookDto(
    string Isbn, string Title, string? AlternateTitle, IReadOnlyList<string> Authors, IReadOnlyList<string> AuthorsLatin,
    int Year, string Language, string Genre, string Description, int Price, string Currency, bool Featured,
    DateTime AddedAt, DateTime UpdatedAt, int Version, string Cover, string Page)
{
    public static BookDto From(Book book) => new(
        book.Isbn, book.Title, book.AlternateTitle, book.Authors, book.AuthorsLatin, book.Year, book.Language, book.Genre,
        book.Description, book.Price, "KRW", book.Featured, book.AddedAt, book.UpdatedAt, book.Version,
        BookCovers.UrlFor(book), $"/books/{book.Isbn}");
}

/// <summary>One page of a search.</summary>
public sealed record BookPageDto(IReadOnlyList<BookDto> Items, int Page, int PageSize, int Total, int PageCount);

/// <summary>A book as an admin's script sends it. The ISBN comes from the body on POST and from the URL on PUT.</summary>
public sealed record BookInput(
    string? Isbn, string? Title, string? AlternateTitle, IReadOnlyList<string>? Authors, IReadOnlyList<string>? AuthorsLatin,
    int? Year, string? Language, string? Genre, string? Description, int? Price, bool Featured = false)
{
    public BookDraft ToDraft() => new()
    {
        Isbn = Isbn, Title = Title, AlternateTitle = AlternateTitle, Authors = [.. Authors ?? []], AuthorsLatin = [.. AuthorsLatin ?? []],
        Year = Year, Language = Language, Genre = Genre, Description = Description, Price = Price, Featured = Featured,
    };
}
