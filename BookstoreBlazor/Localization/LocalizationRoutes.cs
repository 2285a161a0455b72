namespace BookstoreBlazor.Localization;

public static class LocalizationRoutes
{
    /// <summary><c>GET /culture?culture=ko&amp;returnUrl=/books</c>: remembers the language and goes back.</summary>
    public const string SetCulture = "/culture";
    public const string CultureParameter = "culture";
}
