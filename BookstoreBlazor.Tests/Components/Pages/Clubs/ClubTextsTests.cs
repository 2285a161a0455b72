using BookstoreBlazor.Clubs;
using BookstoreBlazor.Components.Pages.Clubs;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Tests.Localization;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

public sealed class ClubTextsTests
{
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer<ClubsText> English = Localizers.For<ClubsText>();
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-60, "expired")]
    [InlineData(0, "expired")]
    [InlineData(30, "expires within the hour")]
    [InlineData(61, "expires in 1 hour")]
    [InlineData(23 * 60 + 20, "expires in 23 hours")]
    [InlineData(24 * 60, "expires in 1 day")]
    [InlineData(7 * 24 * 60, "expires in 7 days")]
    [InlineData(7 * 24 * 60 - 1, "expires in 7 days")]
    [InlineData(24 * 60 - 20, "expires in 1 day")]
    [InlineData(6 * 60 + 40, "expires in 7 hours")]
    public void Expires_SaysHowLongIsLeft(int minutes, string expected) =>
        Assert.Equal(expected, English.Expires(Now.AddMinutes(minutes), Now));

    [Theory]
    [InlineData("owner", "Owner")]
    [InlineData("member", "Member")]
    [InlineData("moderator", "moderator")]
    public void Role_NamesTheConfiguredRoles_AndShowsOthersAsLogtoSpellsThem(string role, string expected) =>
        Assert.Equal(expected, English.Role(role, new ClubOptions()));

    [Fact]
    public void Role_IsMatchedExactly()
    {
        Assert.Equal("OWNER", English.Role("OWNER", new ClubOptions()));
        Assert.Equal("Owner", English.Role("host", new ClubOptions { OwnerRole = " host " }));
    }
}
