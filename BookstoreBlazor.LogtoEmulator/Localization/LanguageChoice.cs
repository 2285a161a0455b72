namespace BookstoreBlazor.LogtoEmulator.Localization;

/// <summary>
/// Logto's order (core <c>getExperienceLanguage</c>): each tag of <c>ui_locales</c> in turn, then the browser's
/// <c>Accept-Language</c> by quality, then the fallback language (English). Null when neither names a language the
/// emulator speaks, so a caller can tell "nobody asked" from "asked for English".
/// </summary>
internal static class LanguageChoice
{
    public static ExperienceLanguage? Requested(string? uiLocales, HttpRequest request) =>
        FromUiLocales(uiLocales) ?? FromAcceptLanguage(request);

    public static ExperienceLanguage? FromUiLocales(string? uiLocales) =>
        (uiLocales ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(ExperienceLanguage.Match)
            .FirstOrDefault(language => language is not null);

    public static ExperienceLanguage? FromAcceptLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => ExperienceLanguage.Match(value.Value.Value))
            .FirstOrDefault(language => language is not null);
}
