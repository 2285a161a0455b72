using BookstoreBlazor.Components.Sentences;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Tests.Components;

/// <summary>A translated sentence puts each part's markup where its language places the placeholder.</summary>
public sealed class SentenceTests : BunitContext
{
    [Fact]
    public void Sentence_PutsThePartsWhereTheFormatSays_InAnyOrder_AndEncodesTheText()
    {
        RenderFragment name = b => b.AddMarkupContent(0, "<bdi>Kim</bdi>");
        RenderFragment when = b => b.AddMarkupContent(0, "<time>방금</time>");

        var cut = Render<Sentence>(p => p.Add(s => s.Format, "편집하는 동안 {0} 님이 {1} <저장>했어요.").Add(s => s.Parts, [name, when]));

        Assert.Equal("편집하는 동안 <bdi>Kim</bdi> 님이 <time>방금</time> &lt;저장&gt;했어요.", cut.Markup);
    }

    [Theory]
    [InlineData("{1} の {0}", "[1]| の |[0]")]
    [InlineData("{0}", "[0]")]
    [InlineData("no placeholders", "no placeholders")]
    [InlineData("a {x} b {0", "a {x}| b {0")]
    public void FormatParts_SplitsTextAndPlaceholders(string format, string expected) =>
        Assert.Equal(expected, string.Join("|", FormatParts.Split(format).Select(p => p.Index is { } i ? $"[{i}]" : p.Text)));

    [Fact]
    public void With_PutsTheValueWhereTheLanguageSays_IsolatedAndAsTextOnly()
    {
        var cut = Render(Sentence.With("{0} 님의 초대", "<b>Kim</b>\u202E", "inviter"));

        Assert.Equal("<bdi data-testid=\"inviter\">&lt;b&gt;Kim&lt;/b&gt;\u202E</bdi> 님의 초대", cut.Markup);
    }
}
