using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>The form's wording of a broken rule, in the reader's language (keys <c>Rule.{name}</c>).</summary>
internal static class BookProblemText
{
    public static string Describe(this IStringLocalizer<AdminText> text, BookProblem problem) =>
        text["Rule." + problem.Rule, [.. problem.Arguments]];

    /// <summary>
    /// What the editor refused, in the reader's language. The editor words its refusals in English for the API; each is
    /// matched back to the rule it came from, which the form then words. One it cannot match stays as it came.
    /// </summary>
    public static Dictionary<string, string[]> DescribeRefusals(this IStringLocalizer<AdminText> text,
        IReadOnlyDictionary<string, string[]> refusals, BookDraft draft)
    {
        var known = BookDraftValidator.Check(draft).Append(new BookProblem(nameof(BookDraft.Isbn), BookRule.DuplicateIsbn)).ToList();
        return refusals.ToDictionary(
            r => r.Key,
            r => r.Value.Select(message =>
                known.FirstOrDefault(p => p.Field == r.Key && p.InEnglish() == message) is { } problem ? text.Describe(problem) : message).ToArray());
    }
}
