using System.Xml.Linq;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Draws a cover: the genre's colour with a spine and a thin frame, the genre, the title large, the authors on a
/// paper band, and Bookstore's mark. Built as XML nodes, never as concatenated markup, so every text from the book
/// is escaped by the writer.
/// </summary>
internal static class CoverSvg
{
    public const int Width = 400;
    public const int Height = 600;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double TextLeft = 56;
    private const double TextWidthPx = 288;
    private const double TitleTop = 120;
    private const double TitleBottom = 420;
    private const double BandTop = 446;
    private const double BandHeight = 84;
    private static readonly int[] TitleSizes = [50, 44, 38, 33, 29, 25];
    private const string Paper = "#f6f1e7";
    private const string Ink = "#fffdf8";

    public static string Draw(CoverContent cover)
    {
        var genre = BookGenres.Find(cover.Genre);
        var colour = genre?.CoverColour ?? "#3b3a48";
        var language = BookLanguages.Find(cover.Language)?.Code ?? "en";
        var title = CoverText.Clean(cover.Title);
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("role", "img"),
            new XAttribute("lang", language),
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Svg + "title", title),
            Background(colour),
            GenreLabel(genre?.Name ?? ""),
            Title(title, language),
            AuthorBand(CoverText.Clean(string.Join(", ", cover.Authors)), language, colour),
            Mark());
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static IEnumerable<XElement> Background(string colour) =>
    [
        new(Svg + "defs",
            new XElement(Svg + "linearGradient", new XAttribute("id", "shade"),
                new XAttribute("x1", 0), new XAttribute("y1", 0), new XAttribute("x2", 1), new XAttribute("y2", 1),
                Stop(0, "#ffffff", 0.12), Stop(0.5, "#ffffff", 0), Stop(1, "#000000", 0.3))),
        Rect(0, 0, Width, Height, colour),
        new(Svg + "circle", new XAttribute("cx", 352), new XAttribute("cy", 96), new XAttribute("r", 170),
            new XAttribute("fill", "#ffffff"), new XAttribute("fill-opacity", 0.06)),
        Rect(0, 0, Width, Height, "url(#shade)"),
        new(Svg + "rect", new XAttribute("x", 34), new XAttribute("y", 28), new XAttribute("width", 338),
            new XAttribute("height", 544), new XAttribute("rx", 3), new XAttribute("fill", "none"),
            new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-opacity", 0.3), new XAttribute("stroke-width", 1.5)),
        Rect(0, 0, 14, Height, "#000000", 0.28),
        Rect(14, 0, 2, Height, "#ffffff", 0.14),
    ];

    private static IEnumerable<XElement> GenreLabel(string genre) =>
    [
        Text(TextLeft, 80, genre.ToUpperInvariant(), CoverFonts.Text("en"), 14, Ink, weight: "600", opacity: 0.82, letterSpacing: 3),
        Rect(TextLeft, 94, 36, 2, Ink, 0.7),
    ];

    private static IEnumerable<XElement> Title(string title, string language)
    {
        var (size, lines) = TitleLayout(title);
        var lineHeight = size * 1.22;
        return lines.Select((line, i) =>
            Text(TextLeft, TitleTop + size + i * lineHeight, line, CoverFonts.Title(language), size, Ink, weight: "700"));
    }

    /// <summary>The largest size at which the title fits without breaking a word; the smallest, cut short, otherwise.</summary>
    private static (int Size, IReadOnlyList<string> Lines) TitleLayout(string title)
    {
        foreach (var size in TitleSizes)
        {
            var maxWidthEm = TextWidthPx / size;
            var maxLines = Math.Min(5, (int)((TitleBottom - TitleTop) / (size * 1.22)));
            var wordsFit = title.Split(' ').All(word =>
                word.EnumerateRunes().Any(TextWidth.BreaksAnywhere) || TextWidth.Em(word) <= maxWidthEm);
            if (wordsFit && CoverLines.TryWrap(title, maxWidthEm, maxLines) is { } lines)
                return (size, lines);
        }

        var smallest = TitleSizes[^1];
        return (smallest, CoverLines.WrapAndTruncate(title, TextWidthPx / smallest, 5));
    }

    private static IEnumerable<XElement> AuthorBand(string authors, string language, string colour)
    {
        var oneLine = CoverLines.TryWrap(authors, TextWidthPx / 22.0, 1);
        var size = oneLine is null ? 19 : 22;
        var lines = oneLine ?? CoverLines.WrapAndTruncate(authors, TextWidthPx / 19.0, 2);
        var lineHeight = size * 1.3;
        var firstBaseline = BandTop + BandHeight / 2 - (lines.Count - 1) * lineHeight / 2 + size * 0.35;
        return
        [
            Rect(16, BandTop, Width - 16, BandHeight, Paper),
            .. lines.Select((line, i) => Text(TextLeft, firstBaseline + i * lineHeight, line, CoverFonts.Text(language), size, colour, weight: "600")),
        ];
    }

    // An open book, and the shop's name.
    private static IEnumerable<XElement> Mark() =>
    [
        new(Svg + "path", new XAttribute("d", "M56 548h9a4 4 0 0 1 4 4v14a3 3 0 0 0-3-3H56zM82 548h-9a4 4 0 0 0-4 4v14a3 3 0 0 1 3-3h10z"),
            new XAttribute("fill", Ink), new XAttribute("fill-opacity", 0.8)),
        Text(90, 562, "Bookstore", CoverFonts.Text("en"), 14, Ink, weight: "600", opacity: 0.8, letterSpacing: 1.2),
    ];

    private static XElement Text(double x, double y, string text, string font, double size, string fill,
        string weight = "400", double opacity = 1, double letterSpacing = 0)
    {
        var element = new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", Math.Round(y, 1)),
            new XAttribute("font-family", font), new XAttribute("font-size", size), new XAttribute("font-weight", weight),
            new XAttribute("fill", fill), text);
        if (opacity < 1)
            element.Add(new XAttribute("fill-opacity", opacity));
        if (letterSpacing > 0)
            element.Add(new XAttribute("letter-spacing", letterSpacing));
        return element;
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, double opacity = 1)
    {
        var rect = new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y),
            new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", fill));
        if (opacity < 1)
            rect.Add(new XAttribute("fill-opacity", opacity));
        return rect;
    }

    private static XElement Stop(double offset, string colour, double opacity) =>
        new(Svg + "stop", new XAttribute("offset", offset), new XAttribute("stop-color", colour), new XAttribute("stop-opacity", opacity));
}
