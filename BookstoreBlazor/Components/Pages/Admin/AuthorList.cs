namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>Authors as one text box holds them: separated by commas (Latin, full-width or Japanese) or by lines.</summary>
internal static class AuthorList
{
    private static readonly char[] Separators = [',', '，', '、', '\n', '\r'];

    public static List<string> Parse(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string Format(IEnumerable<string> authors) => string.Join(", ", authors);
}
