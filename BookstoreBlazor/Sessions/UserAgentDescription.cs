using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// The browser and platform a User-Agent header names, in words a person recognises ("Chrome on Windows"). Only a
/// handful of case-sensitive substring checks (no regular expressions, so no input can make it slow): the header is
/// whatever the client chose to send, so this is a hint, never a fact.
/// </summary>
public sealed record UserAgentDescription(string? Browser, string? Platform)
{
    public const string UnknownBrowser = "Unknown browser";

    // Order matters: most browsers also claim to be Chrome and Safari, so the specific marks come first.
    private static readonly (string Mark, string Name)[] Browsers =
    [
        ("KAKAOTALK", "KakaoTalk in-app browser"),
        ("NAVER(inapp", "Naver in-app browser"),
        ("Whale/", "Naver Whale"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("HeadlessChrome/", "HeadlessChrome"),
        ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];

    // iOS says "like Mac OS X" and Android says "Linux", so those come before macOS and Linux.
    private static readonly (string Mark, string Name)[] Platforms =
    [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"),
        ("Macintosh", "macOS"),
        ("Linux", "Linux"),
    ];

    public static UserAgentDescription Parse(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent)
            ? new(null, null)
            : new(FirstMatch(Browsers, userAgent), FirstMatch(Platforms, userAgent));

    public bool IsPhone => Platform is "iPhone" or "Android";

    public bool IsTablet => Platform is "iPad";

    /// <summary>
    /// The description in the reader's language ("Windows의 Chrome", "Windows の Chrome"): brand names stay as they
    /// are, the words around them ("on", "in-app browser", "Unknown browser") are translated.
    /// </summary>
    public string Describe(IStringLocalizer<SessionsText> text)
    {
        var browser = Browser is null ? text["UnknownBrowser"]
            : text["Browser." + Browser] is { ResourceNotFound: false } described ? described.Value
            : Browser;
        return Platform is null ? browser : text["DeviceOn", browser, Platform];
    }

    /// <summary>The English description, for logs and anything that is not a page.</summary>
    public override string ToString() => (Browser ?? UnknownBrowser) + (Platform is null ? "" : " on " + Platform);

    private static string? FirstMatch((string Mark, string Name)[] candidates, string userAgent) =>
        candidates.FirstOrDefault(c => userAgent.Contains(c.Mark, StringComparison.Ordinal)).Name;
}
