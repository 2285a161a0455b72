using System.Globalization;

namespace BookstoreBlazor.Catalog.Editing;

/// <summary>Which rule a draft breaks; the admin form words each in the reader's language (<c>AdminText</c>, <c>Rule.{name}</c>).</summary>
public enum BookRule
{
    IsbnMissing,
    IsbnInvalid,
    DuplicateIsbn,
    TitleMissing,
    DescriptionMissing,
    TooLong,
    AlternateTitleTooLong,
    AuthorsMissing,
    TooManyAuthors,
    AuthorTooLong,
    YearMissing,
    YearOutOfRange,
    LanguageMissing,
    GenreMissing,
    PriceMissing,
    PriceNegative,
    PriceTooHigh,
}

/// <summary>
/// A broken rule on one field, with the numbers its message needs. It is a code, not a sentence, so that each caller
/// words it: the JSON API in English whatever the request's language (<see cref="InEnglish"/>), the admin form in the
/// reader's.
/// </summary>
public sealed record BookProblem(string Field, BookRule Rule, IReadOnlyList<object> Arguments)
{
    public BookProblem(string field, BookRule rule) : this(field, rule, []) { }

    /// <summary>The API's wording; <c>AdminText.resx</c> holds the same sentences for the form (a test keeps them equal).</summary>
    public string InEnglish() => string.Format(CultureInfo.InvariantCulture, EnglishFormat(Rule), [.. Arguments]);

    public static string EnglishFormat(BookRule rule) => rule switch
    {
        BookRule.IsbnMissing => "Enter the book's 13-digit ISBN.",
        BookRule.IsbnInvalid => "This is not a valid ISBN-13: it needs 13 digits and the right check digit.",
        BookRule.DuplicateIsbn => CatalogEditor.DuplicateIsbn,
        BookRule.TitleMissing => "Enter the title.",
        BookRule.DescriptionMissing => "Enter a description.",
        BookRule.TooLong => "Keep it to {0} characters (now {1}).",
        BookRule.AlternateTitleTooLong => "Keep the alternate title to {0} characters.",
        BookRule.AuthorsMissing => "Enter at least one author.",
        BookRule.TooManyAuthors => "A book can list at most {0} authors.",
        BookRule.AuthorTooLong => "Keep each author's name to {0} characters.",
        BookRule.YearMissing => "Enter the year of first publication.",
        BookRule.YearOutOfRange => "The year must be between {0} and {1}.",
        BookRule.LanguageMissing => "Choose the book's language.",
        BookRule.GenreMissing => "Choose a genre.",
        BookRule.PriceMissing => "Enter a price (0 for a free book).",
        BookRule.PriceNegative => "The price cannot be negative.",
        BookRule.PriceTooHigh => "The price cannot be above {0:N0} won.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
