using System.Globalization;
using System.Text;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Breaks a cover's text into lines that fit: Latin and Korean between words (Korean keeps its words whole, as
/// <c>word-break: keep-all</c> does), Japanese between any two characters except where its line-breaking rules forbid
/// (no line starts with 。 or ッ, none ends with 「). A word longer than a line is broken where it must be.
/// </summary>
internal static class CoverLines
{
    private const string Ellipsis = "…";

    // Closing brackets, punctuation, small kana and the long vowel mark never start a line; opening brackets never end one.
    private const string NoLineStart = "、。，．・：；？！ー～）」』】〕〉》］｝〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!),.:;?]}’”…";
    private const string NoLineEnd = "（「『【〔〈《［｛〘〖([{‘“";

    /// <summary>
    /// The lines, as even as the breaks allow (no lone last word), or null when the text needs more than
    /// <paramref name="maxLines"/>.
    /// </summary>
    public static IReadOnlyList<string>? TryWrap(string text, double maxWidthEm, int maxLines)
    {
        var lines = Wrap(text, maxWidthEm);
        if (lines.Count > maxLines)
            return null;

        if (lines.Count < 2)
            return lines;

        // Narrower and narrower, for as long as that takes no extra line and breaks no word.
        var widestUnit = Units(text, maxWidthEm).Max(unit => TextWidth.Em(unit.Unit));
        for (var width = maxWidthEm - 0.25; width >= widestUnit; width -= 0.25)
        {
            var narrower = Wrap(text, width);
            if (narrower.Count != lines.Count)
                break;
            lines = narrower;
        }
        return lines;
    }

    /// <summary>The lines, the last one cut short with an ellipsis when there would be more than <paramref name="maxLines"/>.</summary>
    public static IReadOnlyList<string> WrapAndTruncate(string text, double maxWidthEm, int maxLines)
    {
        var lines = Wrap(text, maxWidthEm);
        if (lines.Count <= maxLines)
            return lines;

        var kept = lines.Take(maxLines).ToList();
        var elements = TextElements(kept[^1]);
        while (elements.Count > 0 && TextWidth.Em(string.Concat(elements) + Ellipsis) > maxWidthEm)
            elements.RemoveAt(elements.Count - 1);
        kept[^1] = string.Concat(elements).TrimEnd() + Ellipsis;
        return kept;
    }

    public static List<string> Wrap(string text, double maxWidthEm)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var width = 0.0;
        foreach (var (unit, spaceBefore) in Units(text, maxWidthEm))
        {
            var unitWidth = TextWidth.Em(unit);
            var gap = line.Length > 0 && spaceBefore ? TextWidth.Space : 0;
            if (line.Length > 0 && width + gap + unitWidth > maxWidthEm)
            {
                lines.Add(line.ToString());
                line.Clear();
                width = gap = 0;
            }

            if (gap > 0)
                line.Append(' ');
            line.Append(unit);
            width += gap + unitWidth;
        }

        if (line.Length > 0)
            lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The pieces a line may be broken between, each with whether a space comes before it.</summary>
    private static IEnumerable<(string Unit, bool SpaceBefore)> Units(string text, double maxWidthEm)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = word.EnumerateRunes().Any(TextWidth.BreaksAnywhere)
                ? JapaneseUnits(word)
                : TextWidth.Em(word) > maxWidthEm ? Chunks(word, maxWidthEm) : [word];
            for (var i = 0; i < pieces.Count; i++)
                yield return (pieces[i], i == 0);
        }
    }

    private static List<string> JapaneseUnits(string word)
    {
        var units = new List<string>();
        foreach (var element in TextElements(word))
        {
            var joinsPrevious = units.Count > 0 && (NoLineStart.Contains(element, StringComparison.Ordinal)
                || NoLineEnd.Contains(units[^1][^1]) || IsLatinContinuation(units[^1], element));
            if (joinsPrevious)
                units[^1] += element;
            else
                units.Add(element);
        }
        return units;
    }

    // A Latin word or number inside Japanese text ("1Q84年") stays whole.
    private static bool IsLatinContinuation(string previous, string element) =>
        char.IsAsciiLetterOrDigit(previous[^1]) && element.Length == 1 && char.IsAsciiLetterOrDigit(element[0]);

    private static List<string> Chunks(string word, double maxWidthEm)
    {
        var chunks = new List<string> { "" };
        foreach (var element in TextElements(word))
        {
            if (chunks[^1].Length > 0 && TextWidth.Em(chunks[^1] + element) > maxWidthEm)
                chunks.Add("");
            chunks[^1] += element;
        }
        return chunks;
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            elements.Add(enumerator.GetTextElement());
        return elements;
    }
}
