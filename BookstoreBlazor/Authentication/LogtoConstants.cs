namespace BookstoreBlazor.Authentication;

/// <summary>Authentication scheme names, so no scheme is written as a literal twice.</summary>
public static class LogtoSchemes
{
    public const string Cookie = "BookstoreCookie";
    public const string Logto = "Logto";
}

/// <summary>The app's sign-in routes. They are the guide's, so Logto console settings carry over.</summary>
public static class LogtoRoutes
{
    public const string SignIn = "/sign-in";
    public const string SignUp = "/sign-up";
    public const string Callback = "/callback";
    public const string SignOut = "/sign-out";
    public const string SignedOut = "/signed-out";
    public const string SignInFailed = "/sign-in-failed";
    public const string Profile = "/profile";
    public const string ReturnUrlParameter = "returnUrl";

    public static string SignInWith(string connector) => $"{SignIn}/{connector}";
}

/// <summary>Claim types as Logto sends them (inbound claim mapping is off).</summary>
public static class LogtoClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Username = "username";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";
    public const string Picture = "picture";
    public const string Roles = "roles";

    /// <summary>Bookstore's own: one linked social account per claim, written by <see cref="LinkedIdentitiesClaimAction"/>.</summary>
    public const string LinkedIdentity = "bookstore:identity";
}

/// <summary>Logto's extra authorization request parameters and their values.</summary>
public static class LogtoParameters
{
    public const string FirstScreen = "first_screen";
    public const string InteractionMode = "interaction_mode";
    public const string DirectSignIn = "direct_sign_in";

    public const string FirstScreenRegister = "register";
    public const string InteractionModeSignUp = "signUp";

    public static string SocialTarget(string connector) => $"social:{connector}";
}

/// <summary>Query values the app uses to tell a page what just happened.</summary>
public static class BookstoreNotices
{
    public const string Parameter = "notice";
    public const string SignedOut = "signed-out";
    public const string SignedOutLocally = "signed-out-locally";
    public const string SessionEnded = "session-ended";
    public const string OthersEnded = "others-ended";
    public const string SessionEndedLocally = "session-ended-locally";
    public const string OthersEndedLocally = "others-ended-locally";
}
