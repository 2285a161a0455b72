using MudBlazor;

namespace BookstoreBlazor.Components.Layout;

/// <summary>Bookstore's look: Logto's violet as primary, system fonts (no web-font download).</summary>
public static class BookstoreTheme
{
    private static readonly string[] FontStack =
        ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans KR", "Apple SD Gothic Neo", "sans-serif"];

    public static MudTheme Instance { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#5D34F2",
            // Darker than Logto's teal so white button text and secondary text keep a 4.5:1 contrast (WCAG AA).
            Secondary = "#00796B",
            TextSecondary = "#55536A",
            Success = "#1B7F3B",
            Error = "#C62828",
            AppbarBackground = "#FFFFFF",
            AppbarText = "#1A1A2E",
            Background = "#F7F6FB",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A18CFF",
            // Light colours on a dark page: their buttons take dark text, or white on them falls below 4.5:1.
            PrimaryContrastText = "#14102B",
            Secondary = "#3ED6B8",
            SecondaryContrastText = "#0B1F1B",
            TextSecondary = "#C2C0D0",
            AppbarBackground = "#1B1A23",
            Background = "#121118",
            Surface = "#1E1D26",
            DrawerBackground = "#1B1A23",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H1 = new H1Typography { FontFamily = FontStack },
            H2 = new H2Typography { FontFamily = FontStack },
            H3 = new H3Typography { FontFamily = FontStack },
            H4 = new H4Typography { FontFamily = FontStack, FontWeight = "700" },
            H5 = new H5Typography { FontFamily = FontStack, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = FontStack, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
