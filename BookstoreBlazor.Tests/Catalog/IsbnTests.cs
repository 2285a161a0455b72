using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Tests.Catalog;

public sealed class IsbnTests
{
    [Theory]
    [InlineData("9784101010014", "9784101010014")]
    [InlineData("978-4-10-101001-4", "9784101010014")]
    [InlineData(" 978 0141439518 ", "9780141439518")]
    [InlineData("9791190000001", null)] // wrong check digit
    [InlineData("9784101010015", null)]
    [InlineData("978410101001", null)] // 12 digits
    [InlineData("97841010100144", null)]
    [InlineData("97841010100X4", null)]
    [InlineData("９７８４１０１０１００１４", null)] // full-width digits are not what an ISBN is made of
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_KeepsOnlyValidIsbn13(string? input, string? expected) => Assert.Equal(expected, Isbn.Normalize(input));

    [Fact]
    public void CheckDigit_FollowsTheOneThreeWeights() => Assert.Equal(8, Isbn.CheckDigit("978014143951"));
}
