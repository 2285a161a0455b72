using BookstoreBlazor.LogtoEmulator.Localization;

namespace BookstoreBlazor.LogtoEmulator.Experience;

/// <summary>
/// One sign-in in progress: the authorization request to resume when the user is done, and what it asked for.
/// Logto keeps the same thing in its interaction cookie.
/// </summary>
internal sealed class Interaction
{
    public required string Id { get; init; }
    public required string ResumeUrl { get; init; }
    public required FirstScreen FirstScreen { get; init; }
    public string? LoginHint { get; init; }

    /// <summary>The language from <c>ui_locales</c> or the browser's Accept-Language; null when neither named one.</summary>
    public ExperienceLanguage? Language { get; init; }

    /// <summary>Logto's pages fall back to English.</summary>
    public ExperienceText Text => ExperienceText.For(Language);
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The <c>state</c> sent to the social provider, checked when it calls back.</summary>
    public string? SocialState { get; set; }

    /// <summary>Set when the user cancelled at the social provider; the resumed request then answers access_denied.</summary>
    public bool Denied { get; set; }

    /// <summary>Set once the user has signed in during this interaction, which satisfies <c>prompt=login</c>.</summary>
    public bool SignedIn { get; set; }
}

internal enum FirstScreen
{
    SignIn,
    Register,
}
