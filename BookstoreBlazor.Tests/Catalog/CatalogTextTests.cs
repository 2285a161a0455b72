using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Tests.Catalog;

public sealed class CatalogTextTests
{
    [Theory]
    [InlineData("Pride AND Prejudice", "pride and prejudice")]
    [InlineData("ＰＲＩＤＥ", "pride")] // full-width Latin
    [InlineData("Natsume Sōseki", "natsume soseki")] // Latin accents dropped
    [InlineData("Brontë", "bronte")]
    [InlineData("ｺﾞﾝ", "ゴン")] // half-width katakana becomes full-width, voiced mark kept
    [InlineData("が", "が")] // voiced kana is not unvoiced
    [InlineData("윤동주", "윤동주")]
    [InlineData("  spaced\t out  ", "spaced out")]
    public void Fold_IgnoresCaseWidthAndLatinAccents(string input, string expected) => Assert.Equal(expected, CatalogText.Fold(input));

    [Fact]
    public void Terms_AreFoldedAndDistinct() => Assert.Equal(["kim", "소월"], CatalogText.Terms("KIM  소월 kim"));
}
