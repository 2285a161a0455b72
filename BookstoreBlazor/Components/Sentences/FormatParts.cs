namespace BookstoreBlazor.Components.Sentences;

/// <summary>One piece of a translated format string: literal text, or the index of a <c>{n}</c> placeholder.</summary>
public readonly record struct FormatPart(string Text, int? Index);

/// <summary>
/// Cuts "{0} saved this book {1}…" into text and placeholders, so a component can put markup (a name in
/// <c>&lt;bdi&gt;</c>, a <c>&lt;time&gt;</c>, a link) where each language wants it instead of gluing English fragments.
/// </summary>
public static class FormatParts
{
    public static IReadOnlyList<FormatPart> Split(string format)
    {
        var parts = new List<FormatPart>();
        var start = 0;
        while (start < format.Length)
        {
            var open = format.IndexOf('{', start);
            var close = open < 0 ? -1 : format.IndexOf('}', open);
            if (open < 0 || close < 0)
                break;
            if (!int.TryParse(format.AsSpan(open + 1, close - open - 1), out var index))
            {
                parts.Add(new(format[start..(close + 1)], null));
                start = close + 1;
                continue;
            }
            if (open > start)
                parts.Add(new(format[start..open], null));
            parts.Add(new("", index));
            start = close + 1;
        }
        if (start < format.Length)
            parts.Add(new(format[start..], null));
        return parts;
    }
}
