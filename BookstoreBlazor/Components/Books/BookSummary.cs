using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Covers;

namespace BookstoreBlazor.Components.Books;

/// <summary>
/// What a book's card shows, and nothing more: lists hand it from prerendering to the live page inside the first
/// message of the circuit, which a page of full books (descriptions, audit fields) would overflow.
/// </summary>
public sealed record BookSummary(string Isbn, string Title, string? AlternateTitle, IReadOnlyList<string> Authors,
    IReadOnlyList<string> AuthorsLatin, int Year, string Language, string Genre, int Price, string CoverUrl)
{
    public string AuthorLine => string.Join(", ", Authors);

    public string? AuthorLineLatin => AuthorsLatin.Count > 0 ? string.Join(", ", AuthorsLatin) : null;

    public static BookSummary Of(Book book) => new(book.Isbn, book.Title, book.AlternateTitle, book.Authors, book.AuthorsLatin,
        book.Year, book.Language, book.Genre, book.Price, BookCovers.UrlFor(book));

    public static IReadOnlyList<BookSummary> Of(IEnumerable<Book> books) => books.Select(Of).ToList();
}
