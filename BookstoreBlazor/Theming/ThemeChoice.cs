namespace BookstoreBlazor.Theming;

/// <summary>
/// Light or dark as the reader chose it, kept in a cookie; without one the browser's <c>prefers-color-scheme</c> decides,
/// in CSS, so the server never needs to know it.
/// </summary>
public static class ThemeChoice
{
    public const string CookieName = "bookstore.theme";
    public const string Light = "light";
    public const string Dark = "dark";

    /// <summary>The reader's choice, or null when they never made one (or the cookie holds anything else).</summary>
    public static string? Of(HttpContext? context) =>
        context?.Request.Cookies[CookieName] is { } value && Parse(value) is { } mode ? mode : null;

    public static string? Parse(string? value) =>
        string.Equals(value, Light, StringComparison.OrdinalIgnoreCase) ? Light
        : string.Equals(value, Dark, StringComparison.OrdinalIgnoreCase) ? Dark
        : null;

    /// <summary>The class on &lt;html&gt; that pins the palette: <c>theme-light</c>, <c>theme-dark</c>, or none.</summary>
    public static string? HtmlClass(HttpContext? context) => Of(context) is { } mode ? "theme-" + mode : null;
}
