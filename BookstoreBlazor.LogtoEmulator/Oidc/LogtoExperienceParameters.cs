using BookstoreBlazor.LogtoEmulator.Experience;
using OpenIddict.Abstractions;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>Logto's extra authorization parameters, read the way Logto reads them.</summary>
internal static class LogtoExperienceParameters
{
    /// <summary><c>first_screen</c> wins; the legacy <c>interaction_mode=signUp</c> counts only without it.</summary>
    public static FirstScreen FirstScreenOf(OpenIddictRequest request)
    {
        var firstScreen = (string?)request.GetParameter("first_screen");
        if (firstScreen is not null)
        {
            return firstScreen is "register" or "identifier:register" ? FirstScreen.Register : FirstScreen.SignIn;
        }

        return (string?)request.GetParameter("interaction_mode") == "signUp" ? FirstScreen.Register : FirstScreen.SignIn;
    }

    /// <summary>The target of <c>direct_sign_in=social:{target}</c>, or null.</summary>
    public static string? DirectSignInTarget(OpenIddictRequest request) =>
        (string?)request.GetParameter("direct_sign_in") is { } value && value.StartsWith("social:", StringComparison.Ordinal)
            ? value["social:".Length..]
            : null;
}
