using System.Globalization;
using System.Text;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Text as a cover can hold it: characters XML forbids (controls, lone surrogates) and bidi overrides, which would let
/// one title reorder the rest of the drawing, are dropped; runs of white space become one space.
/// </summary>
internal static class CoverText
{
    public static string Clean(string? text)
    {
        var clean = new StringBuilder(text?.Length ?? 0);
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
            {
                if (clean.Length > 0 && clean[^1] != ' ')
                    clean.Append(' ');
            }
            else if (IsDrawable(rune))
            {
                clean.Append(rune.ToString());
            }
        }
        return clean.ToString().Trim();
    }

    // EnumerateRunes turns a lone surrogate into U+FFFD, which is fine to draw.
    private static bool IsDrawable(Rune rune) =>
        rune.Value is not (>= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0xFFFE or 0xFFFF);
}
