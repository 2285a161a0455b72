namespace BookstoreBlazor.LogtoEmulator.Experience;

/// <summary>The emulator's sign-in experience pages, at the paths Logto's own experience uses.</summary>
internal static class ExperienceRoutes
{
    public const string SignIn = "/sign-in";
    public const string Register = "/register";
}

/// <summary>Cookie names of their own: an app on the same host shares the browser's cookie jar (cookies ignore ports).</summary>
internal static class EmulatorCookies
{
    public const string SessionScheme = "LogtoEmulatorSession";
    public const string Session = "logto-emulator.session";
    public const string Interaction = "logto-emulator.interaction";
    public const string Antiforgery = "logto-emulator.antiforgery";
}
