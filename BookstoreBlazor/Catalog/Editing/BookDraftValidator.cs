namespace BookstoreBlazor.Catalog.Editing;

/// <summary>
/// The rules a book must keep, with messages a person can act on. The admin form and the API both ask here, so a
/// book the API refuses is one the form refuses too, for the same reason.
/// </summary>
public static class BookDraftValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(BookDraft draft)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        if (string.IsNullOrWhiteSpace(draft.Isbn))
            Fail(nameof(draft.Isbn), "Enter the book's 13-digit ISBN.");
        else if (Isbn.Normalize(draft.Isbn) is null)
            Fail(nameof(draft.Isbn), "This is not a valid ISBN-13: it needs 13 digits and the right check digit.");

        Required(draft.Title, nameof(draft.Title), "Enter the title.", BookLimits.Title, Fail);
        if (draft.AlternateTitle?.Trim().Length > BookLimits.Title)
            Fail(nameof(draft.AlternateTitle), $"Keep the alternate title to {BookLimits.Title} characters.");

        var authors = BookDraft.Clean(draft.Authors);
        if (authors.Count == 0)
            Fail(nameof(draft.Authors), "Enter at least one author.");
        if (authors.Count > BookLimits.MaxAuthors || BookDraft.Clean(draft.AuthorsLatin).Count > BookLimits.MaxAuthors)
            Fail(nameof(draft.Authors), $"A book can list at most {BookLimits.MaxAuthors} authors.");
        if (authors.Concat(BookDraft.Clean(draft.AuthorsLatin)).Any(a => a.Length > BookLimits.Author))
            Fail(nameof(draft.Authors), $"Keep each author's name to {BookLimits.Author} characters.");

        if (draft.Year is not { } year)
            Fail(nameof(draft.Year), "Enter the year of first publication.");
        else if (year < BookLimits.MinYear || year > BookLimits.MaxYear)
            Fail(nameof(draft.Year), $"The year must be between {BookLimits.MinYear} and {BookLimits.MaxYear}.");

        if (BookLanguages.Find(draft.Language) is null)
            Fail(nameof(draft.Language), "Choose the book's language.");
        if (BookGenres.Find(draft.Genre) is null)
            Fail(nameof(draft.Genre), "Choose a genre.");

        Required(draft.Description, nameof(draft.Description), "Enter a description.", BookLimits.Description, Fail);

        if (draft.Price is not { } price)
            Fail(nameof(draft.Price), "Enter a price (0 for a free book).");
        else if (price < 0)
            Fail(nameof(draft.Price), "The price cannot be negative.");
        else if (price > BookLimits.MaxPrice)
            Fail(nameof(draft.Price), $"The price cannot be above {BookLimits.MaxPrice:N0} won.");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Required(string? value, string field, string missing, int maxLength, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
            fail(field, missing);
        else if (value.Trim().Length > maxLength)
            fail(field, $"Keep it to {maxLength} characters (now {value.Trim().Length}).");
    }
}
