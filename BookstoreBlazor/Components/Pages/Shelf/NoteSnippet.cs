using System.Globalization;

namespace BookstoreBlazor.Components.Pages.Shelf;

/// <summary>The start of a note on one line, cut between whole characters (a Hangul syllable or an emoji stays whole).</summary>
public static class NoteSnippet
{
    public const int DefaultLength = 120;

    public static string Of(string note, int length = DefaultLength)
    {
        var oneLine = string.Join(' ', note.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var elements = new StringInfo(oneLine);
        return elements.LengthInTextElements <= length ? oneLine : elements.SubstringByTextElements(0, length).TrimEnd() + "…";
    }
}
