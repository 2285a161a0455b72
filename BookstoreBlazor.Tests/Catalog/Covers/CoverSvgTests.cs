using System.Xml.Linq;
using BookstoreBlazor.Catalog.Covers;

namespace BookstoreBlazor.Tests.Catalog.Covers;

public sealed class CoverSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(string title, string[] authors, string language = "en", string genre = "novel") =>
        XElement.Parse(CoverSvg.Draw(new CoverContent(title, authors, genre, language)));

    private static string[] Texts(XElement svg) => svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();

    [Fact]
    public void Cover_DrawsGenreTitleAuthorAndTheMark_OnTheGenresColour()
    {
        var svg = Draw("진달래꽃", ["김소월"], "ko", "poetry");

        Assert.Equal(["POETRY", "진달래꽃", "김소월", "Bookstore"], Texts(svg));
        Assert.Equal("#8a3b3b", svg.Elements(Svg + "rect").First().Attribute("fill")?.Value);
        Assert.Equal("진달래꽃", svg.Element(Svg + "title")?.Value);
        Assert.Equal("ko", svg.Attribute(XNamespace.Xml + "lang")?.Value);
    }

    [Theory]
    [InlineData("ja", "'Noto Serif CJK JP'")]
    [InlineData("ko", "'Noto Serif CJK KR'")]
    [InlineData("en", "Georgia")]
    public void Cover_AsksForTheBooksLanguagesFontsFirst(string language, string firstTitleFont)
    {
        var svg = Draw("こころ", ["夏目漱石"], language);

        var title = svg.Descendants(Svg + "text").Single(t => t.Value == "こころ");
        Assert.StartsWith(firstTitleFont + ",", title.Attribute("font-family")?.Value);
        Assert.EndsWith("serif", title.Attribute("font-family")?.Value);
    }

    [Fact]
    public void Cover_OfALongTitle_UsesASmallerSizeAndSeveralLines_ThatAllFit()
    {
        var shortTitle = Draw("Kokoro", ["Natsume Sōseki"]).Descendants(Svg + "text").Single(t => t.Value == "Kokoro");
        var longTitle = Draw("Frankenstein; or, The Modern Prometheus and Other Stories of Science", ["Mary Shelley"]);

        var lines = longTitle.Descendants(Svg + "text").Where(t => t.Attribute("font-weight")?.Value == "700").ToList();
        Assert.InRange(lines.Count, 2, 5);
        var size = double.Parse(lines[0].Attribute("font-size")!.Value);
        Assert.True(size < double.Parse(shortTitle.Attribute("font-size")!.Value));
        Assert.All(lines, line => Assert.True(TextWidth.Em(line.Value) * size <= 288, line.Value));
    }

    [Fact]
    public void Cover_EscapesEveryTextFromTheBook_AndDropsCharactersXmlForbids()
    {
        const string title = "<script>alert(\"x\")</script> & </text><text>";
        var raw = CoverSvg.Draw(new CoverContent(title + "\u0001\u202E", ["Tom & \"Jerry\" <3"], "mystery", "en"));

        var svg = XElement.Parse(raw); // well-formed, whatever the title held
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(title, svg.Element(Svg + "title")?.Value);
        Assert.Contains("Tom & \"Jerry\" <3", Texts(svg));
        Assert.Contains("&lt;script&gt;", raw);
        Assert.DoesNotContain("\u202E", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_ChangesWithWhatIsDrawn_Only()
    {
        var book = new BookstoreBlazor.Catalog.Book
        {
            Isbn = "9788900000016", Title = "진달래꽃", Authors = ["김소월"], Language = "ko", Genre = "poetry",
            Description = "Poems.", Price = 11000, Year = 1925,
        };
        var hash = BookCovers.ContentHash(book);

        book.Price = 12000;
        book.Description = "Other words.";
        book.AlternateTitle = "Azaleas";
        Assert.Equal(hash, BookCovers.ContentHash(book));

        Assert.NotEqual(hash, BookCovers.ContentHash(CoverContent.Of(book) with { Title = "진달래" }));
        Assert.NotEqual(hash, BookCovers.ContentHash(CoverContent.Of(book) with { Authors = ["김소월", "백석"] }));
        Assert.NotEqual(hash, BookCovers.ContentHash(CoverContent.Of(book) with { Genre = "novel" }));
        Assert.NotEqual(hash, BookCovers.ContentHash(CoverContent.Of(book) with { Language = "ja" }));
        // Where the title ends and the authors begin is part of the hash.
        Assert.NotEqual(BookCovers.ContentHash(new CoverContent("A;B", ["C"], "novel", "en")),
            BookCovers.ContentHash(new CoverContent("A", ["B", "C"], "novel", "en")));
    }
}
