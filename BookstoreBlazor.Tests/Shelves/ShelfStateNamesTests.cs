using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Tests.Localization;
using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Tests.Shelves;

public sealed class ShelfStateNamesTests
{
    [Theory]
    [InlineData("want-to-read", ShelfState.WantToRead)]
    [InlineData("reading", ShelfState.Reading)]
    [InlineData(" READ ", ShelfState.Read)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("Reading2", null)]
    [InlineData("1", null)]
    [InlineData("WantToRead", null)]
    public void Parse_KnowsOnlyTheThreeSlugs(string? slug, ShelfState? expected) =>
        Assert.Equal(expected, ShelfStateNames.Parse(slug));

    [Fact]
    public void EveryState_HasALabel_AndASlugThatParsesBack_AndAFilterUrl()
    {
        Assert.Equal(Enum.GetValues<ShelfState>(), ShelfStateNames.All);
        foreach (var state in ShelfStateNames.All)
        {
            Assert.Equal(state, ShelfStateNames.Parse(ShelfStateNames.Slug(state)));
            Assert.Equal($"/shelf?state={ShelfStateNames.Slug(state)}", ShelfRoutes.Filtered(state));
        }
        var english = Localizers.For<ShelfText>();
        Assert.Equal(["Want to read", "Reading", "Read"], ShelfStateNames.All.Select(state => ShelfStateNames.Label(state, english)));
        Assert.Equal("/shelf", ShelfRoutes.Filtered(null));
    }
}
