using System.Globalization;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Components.Books;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>One field where two versions of a book disagree, as a person reads it.</summary>
internal sealed record BookDifference(string Field, string Theirs, string Yours);

/// <summary>What another admin saved that differs from the form: what saving over it would change back.</summary>
internal static class BookDifferences
{
    /// <summary>Field names, genres, languages and yes/no in the reader's language; what was typed stays as typed.</summary>
    public static IReadOnlyList<BookDifference> Between(Book theirs, BookDraft yours, IStringLocalizer<AdminText> text,
        IStringLocalizer<BooksText> names)
    {
        var differences = new List<BookDifference>();
        void Compare(string field, string? their, string? your)
        {
            var a = their?.Trim() ?? "";
            var b = your?.Trim() ?? "";
            if (a != b)
                differences.Add(new(text["Field." + field], a.Length > 0 ? a : text["Empty"], b.Length > 0 ? b : text["Empty"]));
        }
        string YesNo(bool value) => value ? text["Yes"] : text["No"];

        Compare(nameof(Book.Title), theirs.Title, yours.Title);
        Compare(nameof(Book.AlternateTitle), theirs.AlternateTitle, yours.AlternateTitle);
        Compare(nameof(Book.Authors), AuthorList.Format(theirs.Authors), AuthorList.Format(BookDraft.Clean(yours.Authors)));
        Compare(nameof(Book.AuthorsLatin), AuthorList.Format(theirs.AuthorsLatin), AuthorList.Format(BookDraft.Clean(yours.AuthorsLatin)));
        Compare(nameof(Book.Year), theirs.Year.ToString(CultureInfo.InvariantCulture), yours.Year?.ToString(CultureInfo.InvariantCulture));
        Compare(nameof(Book.Language), names.Language(theirs.Language), yours.Language is { } l ? names.Language(l) : null);
        Compare(nameof(Book.Genre), names.Genre(theirs.Genre), yours.Genre is { } g ? names.Genre(g) : null);
        Compare(nameof(Book.Price), PriceText.Won(theirs.Price), yours.Price is { } p ? PriceText.Won(p) : null);
        Compare(nameof(Book.Featured), YesNo(theirs.Featured), YesNo(yours.Featured));
        Compare(nameof(Book.Description), theirs.Description, yours.Description);
        return differences;
    }
}
