namespace BookstoreBlazor.Catalog.Editing;

/// <summary>
/// The rules a book must keep. The admin form and the API both ask here, so a book the API refuses is one the form
/// refuses too, for the same reason: <see cref="Check"/> names the broken rules, <see cref="Validate"/> words them in
/// English for the API (the form words them in the reader's language).
/// </summary>
public static class BookDraftValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(BookDraft draft) =>
        Check(draft).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.InEnglish()).ToArray());

    public static IReadOnlyList<BookProblem> Check(BookDraft draft)
    {
        var problems = new List<BookProblem>();
        void Fail(string field, BookRule rule, params object[] arguments) => problems.Add(new(field, rule, arguments));

        if (string.IsNullOrWhiteSpace(draft.Isbn))
            Fail(nameof(draft.Isbn), BookRule.IsbnMissing);
        else if (Isbn.Normalize(draft.Isbn) is null)
            Fail(nameof(draft.Isbn), BookRule.IsbnInvalid);

        Required(draft.Title, nameof(draft.Title), BookRule.TitleMissing, BookLimits.Title, Fail);
        if (draft.AlternateTitle?.Trim().Length > BookLimits.Title)
            Fail(nameof(draft.AlternateTitle), BookRule.AlternateTitleTooLong, BookLimits.Title);

        var authors = BookDraft.Clean(draft.Authors);
        if (authors.Count == 0)
            Fail(nameof(draft.Authors), BookRule.AuthorsMissing);
        if (authors.Count > BookLimits.MaxAuthors || BookDraft.Clean(draft.AuthorsLatin).Count > BookLimits.MaxAuthors)
            Fail(nameof(draft.Authors), BookRule.TooManyAuthors, BookLimits.MaxAuthors);
        if (authors.Concat(BookDraft.Clean(draft.AuthorsLatin)).Any(a => a.Length > BookLimits.Author))
            Fail(nameof(draft.Authors), BookRule.AuthorTooLong, BookLimits.Author);

        if (draft.Year is not { } year)
            Fail(nameof(draft.Year), BookRule.YearMissing);
        else if (year < BookLimits.MinYear || year > BookLimits.MaxYear)
            Fail(nameof(draft.Year), BookRule.YearOutOfRange, BookLimits.MinYear, BookLimits.MaxYear);

        if (BookLanguages.Find(draft.Language) is null)
            Fail(nameof(draft.Language), BookRule.LanguageMissing);
        if (BookGenres.Find(draft.Genre) is null)
            Fail(nameof(draft.Genre), BookRule.GenreMissing);

        Required(draft.Description, nameof(draft.Description), BookRule.DescriptionMissing, BookLimits.Description, Fail);

        if (draft.Price is not { } price)
            Fail(nameof(draft.Price), BookRule.PriceMissing);
        else if (price < 0)
            Fail(nameof(draft.Price), BookRule.PriceNegative);
        else if (price > BookLimits.MaxPrice)
            Fail(nameof(draft.Price), BookRule.PriceTooHigh, BookLimits.MaxPrice);

        return problems;
    }

    private static void Required(string? value, string field, BookRule missing, int maxLength, Action<string, BookRule, object[]> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
            fail(field, missing, []);
        else if (value.Trim().Length > maxLength)
            fail(field, BookRule.TooLong, [maxLength, value.Trim().Length]);
    }
}
