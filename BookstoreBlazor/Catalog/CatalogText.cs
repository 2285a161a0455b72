using System.Globalization;
using System.Text;

namespace BookstoreBlazor.Catalog;

/// <summary>
/// Folds text so search ignores case and width: NFKC turns full-width Latin and half-width katakana into their usual
/// forms, and Latin accents are dropped ("Soseki" finds "Sōseki"). Marks on kana and Hangul are kept: が is not か.
/// </summary>
public static class CatalogText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var previous = '\0';
        foreach (var c in decomposed)
        {
            var isMark = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!(isMark && previous < '\u0250'))
                folded.Append(c);
            if (!isMark)
                previous = c;
        }

        var collapsed = string.Join(' ', folded.ToString().Normalize(NormalizationForm.FormKC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.ToLowerInvariant();
    }

    /// <summary>The words of a query, folded; a book matches when its text contains every one.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
}
