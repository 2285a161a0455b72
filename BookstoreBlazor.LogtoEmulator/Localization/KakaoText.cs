namespace BookstoreBlazor.LogtoEmulator.Localization;

/// <summary>The words of the simulated Kakao consent page in one language.</summary>
public sealed record KakaoText
{
    public required string Lang { get; init; }
    public required string DocumentTitle { get; init; }
    public required string Heading { get; init; }
    public required string Subtitle { get; init; }
    public required string ChooseAccount { get; init; }
    public required string NoEmail { get; init; }
    public required string ConsentItems { get; init; }
    public required string Required { get; init; }
    public required string Optional { get; init; }
    public required string Nickname { get; init; }
    public required string ProfileImage { get; init; }
    public required string Email { get; init; }
    public required string Cancel { get; init; }
    public required string Agree { get; init; }

    /// <summary>Without a language to go by, the page stays Korean with English alongside.</summary>
    public static KakaoText For(ExperienceLanguage? language) =>
        language == ExperienceLanguage.Korean ? KakaoTexts.Korean
        : language == ExperienceLanguage.Japanese ? KakaoTexts.Japanese
        : language == ExperienceLanguage.English ? KakaoTexts.English
        : KakaoTexts.KoreanAndEnglish;
}
