using System.Globalization;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>One field where two versions of a book disagree, as a person reads it.</summary>
internal sealed record BookDifference(string Field, string Theirs, string Yours);

/// <summary>What another admin saved that differs from the form: what saving over it would change back.</summary>
internal static class BookDifferences
{
    public static IReadOnlyList<BookDifference> Between(Book theirs, BookDraft yours)
    {
        var differences = new List<BookDifference>();
        void Compare(string field, string? their, string? your)
        {
            var a = their?.Trim() ?? "";
            var b = your?.Trim() ?? "";
            if (a != b)
                differences.Add(new(field, a.Length > 0 ? a : "(empty)", b.Length > 0 ? b : "(empty)"));
        }

        Compare("Title", theirs.Title, yours.Title);
        Compare("Alternate title", theirs.AlternateTitle, yours.AlternateTitle);
        Compare("Authors", AuthorList.Format(theirs.Authors), AuthorList.Format(BookDraft.Clean(yours.Authors)));
        Compare("Authors in Latin letters", AuthorList.Format(theirs.AuthorsLatin), AuthorList.Format(BookDraft.Clean(yours.AuthorsLatin)));
        Compare("Year", theirs.Year.ToString(CultureInfo.InvariantCulture), yours.Year?.ToString(CultureInfo.InvariantCulture));
        Compare("Language", BookLanguages.NameOf(theirs.Language), yours.Language is { } l ? BookLanguages.NameOf(l) : null);
        Compare("Genre", BookGenres.NameOf(theirs.Genre), yours.Genre is { } g ? BookGenres.NameOf(g) : null);
        Compare("Price", AdminText.Price(theirs.Price), yours.Price is { } p ? AdminText.Price(p) : null);
        Compare("Featured", theirs.Featured ? "Yes" : "No", yours.Featured ? "Yes" : "No");
        Compare("Description", theirs.Description, yours.Description);
        return differences;
    }
}
