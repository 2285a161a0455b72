namespace BookstoreBlazor.LogtoEmulator.Localization;

/// <summary>A language the emulator's pages speak, by its BCP 47 tag (what <c>&lt;html lang&gt;</c> carries).</summary>
public sealed record ExperienceLanguage(string Tag)
{
    public static readonly ExperienceLanguage English = new("en");
    public static readonly ExperienceLanguage Korean = new("ko");
    public static readonly ExperienceLanguage Japanese = new("ja");

    private static readonly ExperienceLanguage[] Supported = [English, Korean, Japanese];

    /// <summary><c>ko</c>, <c>ko-KR</c>, <c>KO_kr</c>… → Korean; a language the emulator lacks → null.</summary>
    public static ExperienceLanguage? Match(string? tag)
    {
        var primary = tag?.Trim().Split('-', '_')[0];
        return Supported.FirstOrDefault(l => string.Equals(l.Tag, primary, StringComparison.OrdinalIgnoreCase));
    }
}
