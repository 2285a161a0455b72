namespace BookstoreBlazor.LogtoEmulator.Localization;

/// <summary>
/// Every word of the emulator's sign-in experience in one language. Korean and Japanese follow the wording of Logto's
/// own phrases (<c>@logto/phrases-experience</c>: 로그인, 계정 생성, 사용자 이름; サインイン, アカウントを作成する, ユーザー名).
/// </summary>
public sealed record ExperienceText
{
    public required ExperienceLanguage Language { get; init; }

    public required string SignInTitle { get; init; }
    public required string IdentifierLabel { get; init; }
    public required string PasswordLabel { get; init; }
    public required string SignInButton { get; init; }
    public required string NoAccount { get; init; }
    public required string CreateAccountLink { get; init; }

    public required string RegisterTitle { get; init; }
    public required string UsernameLabel { get; init; }
    public required string NameLabel { get; init; }
    public required string CreateAccountButton { get; init; }
    public required string HaveAccount { get; init; }
    public required string SignInLink { get; init; }

    public required string Or { get; init; }
    public required string ContinueWithKakao { get; init; }

    /// <summary>The test-account hint, split around the username and the password (shown as code).</summary>
    public required (string BeforeUsername, string BeforePassword, string After) TestAccountHint { get; init; }

    public required string IncorrectCredentials { get; init; }
    public required string InvalidUsername { get; init; }
    public required string PasswordTooShort { get; init; }
    public required string UsernameTaken { get; init; }

    public required string ExpiredTitle { get; init; }
    public required string ExpiredText { get; init; }
    public required string KakaoFailedTitle { get; init; }
    public required string KakaoForeignAnswer { get; init; }
    public required string KakaoRefused { get; init; }

    /// <summary>What the emulator shows when nobody asked for a language: English, Logto's default fallback.</summary>
    public static ExperienceText For(ExperienceLanguage? language) =>
        language == ExperienceLanguage.Korean ? ExperienceTexts.Korean
        : language == ExperienceLanguage.Japanese ? ExperienceTexts.Japanese
        : ExperienceTexts.English;
}
