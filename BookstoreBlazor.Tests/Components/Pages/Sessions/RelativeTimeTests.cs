using BookstoreBlazor.Components.Pages.Sessions;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Tests.Localization;

namespace BookstoreBlazor.Tests.Components.Pages.Sessions;

public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer<SessionsText> Text = Localizers.For<SessionsText>();

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(59, "just now")]
    [InlineData(-30, "just now")]
    [InlineData(60, "1 minute ago")]
    [InlineData(2 * 60 + 59, "2 minutes ago")]
    [InlineData(59 * 60, "59 minutes ago")]
    [InlineData(60 * 60, "1 hour ago")]
    [InlineData(5 * 3600 + 1800, "5 hours ago")]
    [InlineData(24 * 3600, "1 day ago")]
    [InlineData(13 * 24 * 3600, "13 days ago")]
    [InlineData(45 * 24 * 3600, "1 month ago")]
    [InlineData(200 * 24 * 3600, "6 months ago")]
    [InlineData(400 * 24 * 3600, "1 year ago")]
    [InlineData(800 * 24 * 3600, "2 years ago")]
    public void Ago_SaysHowLongAgoInWords(int secondsAgo, string expected)
    {
        using var _ = new CultureScope("en");
        Assert.Equal(expected, RelativeTime.Ago(Now.UtcDateTime.AddSeconds(-secondsAgo), Now, Text));
    }

    [Fact]
    public void ExactAndIso_GiveTheUtcTimeToTheSecond()
    {
        using var _ = new CultureScope("en");
        var then = new DateTime(2026, 11, 26, 9, 5, 7, 890);

        Assert.Equal("Thursday, November 26, 2026 9:05:07 AM UTC", RelativeTime.Exact(then, Text));
        Assert.Equal("2026-11-26T09:05:07Z", RelativeTime.Iso(then));
    }
}
