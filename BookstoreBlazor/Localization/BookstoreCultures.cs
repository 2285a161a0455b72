using System.Globalization;

namespace BookstoreBlazor.Localization;

/// <summary>The languages Bookstore speaks; the first is the default when nothing else matches.</summary>
public static class BookstoreCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = [Default, "ko", "ja"];

    /// <summary>Each language's name in that language, as a language menu shows it.</summary>
    public static string NativeName(string culture) => culture switch
    {
        "ko" => "한국어",
        "ja" => "日本語",
        _ => "English",
    };

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported language of the current request ("en", "ko" or "ja").</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        var name when IsSupported(name) => name,
        _ => Default,
    };
}
