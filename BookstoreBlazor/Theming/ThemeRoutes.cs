namespace BookstoreBlazor.Theming;

public static class ThemeRoutes
{
    /// <summary>The theme's style sheet, light and dark, built once; its address carries a hash of its content.</summary>
    public const string StyleSheet = "/theme.css";

    /// <summary>The dark-mode toggle's target: stores the choice in a cookie and sends the browser back.</summary>
    public const string Choose = "/theme";

    public const string ModeParameter = "mode";
}
