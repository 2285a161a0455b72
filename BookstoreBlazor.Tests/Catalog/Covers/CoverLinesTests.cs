using BookstoreBlazor.Catalog.Covers;

namespace BookstoreBlazor.Tests.Catalog.Covers;

public sealed class CoverLinesTests
{
    [Fact]
    public void Latin_BreaksBetweenWords()
    {
        var lines = CoverLines.Wrap("The Adventures of Tom Sawyer", maxWidthEm: 9);

        Assert.Equal(["The Adventures", "of Tom Sawyer"], lines);
    }

    [Fact]
    public void Korean_KeepsEachWordWhole()
    {
        var lines = CoverLines.Wrap("하늘과 바람과 별과 시", maxWidthEm: 4.5);

        Assert.Equal(["하늘과", "바람과", "별과 시"], lines);
    }

    [Fact]
    public void Japanese_BreaksBetweenCharacters_ButNeverBeforeSmallKanaOrPunctuation()
    {
        // Four characters a line would start the second with っ; it goes with the character before it instead.
        Assert.Equal(["吾輩は猫", "である"], CoverLines.Wrap("吾輩は猫である", maxWidthEm: 4));
        Assert.Equal(["坊っ", "ちゃん"], CoverLines.Wrap("坊っちゃん", maxWidthEm: 3));
        Assert.Equal(["「こころ」", "を読む。"], CoverLines.Wrap("「こころ」を読む。", maxWidthEm: 5));
    }

    [Fact]
    public void LinesAreEvened_SoNoWordIsLeftAloneOnTheLastLine()
    {
        Assert.Equal(["하늘과", "바람과 별과", "시"], CoverLines.Wrap("하늘과 바람과 별과 시", maxWidthEm: 5.76));

        Assert.Equal(["하늘과", "바람과", "별과 시"], CoverLines.TryWrap("하늘과 바람과 별과 시", maxWidthEm: 5.76, maxLines: 5));
    }

    [Fact]
    public void EveningTheLines_NeverBreaksAWordThatFits()
    {
        const string title = "Frankenstein; or, The Modern Prometheus";

        var lines = CoverLines.TryWrap(title, maxWidthEm: 288 / 38.0, maxLines: 5)!;

        Assert.Equal(title, string.Join(' ', lines));
        Assert.True(lines.Count > 2);
    }

    [Fact]
    public void AWordLongerThanALine_IsBrokenWhereItMustBe()
    {
        var lines = CoverLines.Wrap("가나다라마바사아자차카타", maxWidthEm: 5);

        Assert.Equal(["가나다라마", "바사아자차", "카타"], lines);
    }

    [Fact]
    public void TooManyLines_EndWithAnEllipsis_WithinTheWidth()
    {
        var lines = CoverLines.WrapAndTruncate("one two three four five six seven eight nine ten", maxWidthEm: 5, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1]);
        Assert.All(lines, line => Assert.True(TextWidth.Em(line) <= 5, line));
        Assert.Null(CoverLines.TryWrap("one two three four five six seven eight nine ten", 5, 2));
    }

    [Fact]
    public void HangulAndKanji_AreWiderThanLatin()
    {
        Assert.Equal(4, TextWidth.Em("진달래꽃"));
        Assert.Equal(3, TextWidth.Em("夏目漱"));
        Assert.True(TextWidth.Em("Kokoro") < 4);
    }
}
