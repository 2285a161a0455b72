using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Whether text a user chose (a Logto name, a Kakao nickname) draws anything. Zero-width characters, bidi controls
/// and the Hangul filler (a well-known way to get a "blank" Kakao nickname) are legitimate inside real text, so they
/// are never stripped; but text made only of them names nobody, so the app treats it as absent.
/// </summary>
public static class VisibleText
{
    // Letters by Unicode category, yet drawn as nothing: the Hangul fillers and the blank Braille pattern.
    private static readonly HashSet<int> BlankLetters = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    public static bool HasVisibleCharacter([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsVisible(rune))
                return true;
        }
        return false;
    }

    /// <summary>The first text element (a whole Hangul syllable or emoji sequence) that draws something, or null.</summary>
    public static string? FirstVisibleElement(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            if (elements.GetTextElement() is var element && HasVisibleCharacter(element))
                return element;
        }
        return null;
    }

    private static bool IsVisible(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            // A combining mark alone has nothing to sit on.
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
        _ => !BlankLetters.Contains(rune.Value),
    };
}
