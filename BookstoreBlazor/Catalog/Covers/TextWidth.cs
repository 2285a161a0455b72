using System.Text;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// How wide text is drawn, in em, estimated without the font: the server has no say in which font the reader's
/// system picks, so the estimates are those of a wide bold serif (DejaVu Serif, Linux's fallback for Georgia).
/// </summary>
internal static class TextWidth
{
    public const double Space = 0.28;

    public static double Em(string text)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
            width += Em(rune);
        return width;
    }

    public static double Em(Rune rune) => rune.Value switch
    {
        ' ' => Space,
        _ when IsWide(rune) => 1.0,
        _ when Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark => 0,
        'i' or 'j' or 'l' or 't' or 'f' or 'r' or 'I' or '.' or ',' or '\'' or '’' or ':' or ';' or '!' or '|' => 0.38,
        'm' or 'w' or 'M' or 'W' or '—' or '…' => 0.98,
        >= 'A' and <= 'Z' => 0.78,
        >= '0' and <= '9' => 0.66,
        _ => 0.63,
    };

    /// <summary>Hangul, kana, CJK ideographs and full-width forms: one em each.</summary>
    public static bool IsWide(Rune rune) => rune.Value is
        >= 0x1100 and <= 0x11FF or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF
        or >= 0x20000 and <= 0x3FFFD;

    /// <summary>Kana and ideographs: Japanese and Chinese text may break between any two of them.</summary>
    public static bool BreaksAnywhere(Rune rune) => rune.Value is
        >= 0x3041 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
        or >= 0xF900 and <= 0xFAFF or >= 0xFF66 and <= 0xFF9F or >= 0x20000 and <= 0x3FFFD;
}
