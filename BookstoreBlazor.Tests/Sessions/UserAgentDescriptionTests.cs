using BookstoreBlazor.Sessions;

namespace BookstoreBlazor.Tests.Sessions;

public sealed class UserAgentDescriptionTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Chrome on Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
        "Safari on iPhone")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36",
        "HeadlessChrome on Linux")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Safari on macOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0",
        "Opera on macOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Chrome on Android")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
        "Samsung Internet on Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.103 Mobile/15E148 Safari/604.1",
        "Chrome on iPhone")]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15",
        "Firefox on iPad")]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Chrome on ChromeOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Whale/3.28.266.14 Safari/537.36",
        "Naver Whale on Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 NAVER(inapp; search; 2000; 12.9.2; 15PRO)",
        "Naver in-app browser on iPhone")]
    public void Parse_DescribesCommonBrowsers(string userAgent, string expected) =>
        Assert.Equal(expected, UserAgentDescription.Parse(userAgent).ToString());

    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S928N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36;KAKAOTALK 2411050",
        "KakaoTalk in-app browser on Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5",
        "KakaoTalk in-app browser on iPhone")]
    public void Parse_RecognisesKakaoTalksInAppBrowser_ThoughItAlsoLooksLikeChromeOrSafari(string userAgent, string expected) =>
        Assert.Equal(expected, UserAgentDescription.Parse(userAgent).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("curl/8.5.0")]
    [InlineData("<script>alert(1)</script>")]
    public void Parse_WithNothingRecognisable_IsUnknownBrowser(string? userAgent) =>
        Assert.Equal("Unknown browser", UserAgentDescription.Parse(userAgent).ToString());

    [Fact]
    public void Parse_WithAKnownPlatformButUnknownBrowser_NamesThePlatform() =>
        Assert.Equal("Unknown browser on Linux", UserAgentDescription.Parse("Mozilla/5.0 (X11; Linux x86_64) SomeReader/2.0").ToString());

    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 10; K) Chrome/131.0.0.0 Mobile Safari/537.36", true, false)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) Version/17.6 Mobile/15E148 Safari/604.1", true, false)]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) Version/17.6 Mobile/15E148 Safari/604.1", false, true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36", false, false)]
    public void Parse_TellsPhonesAndTabletsApart(string userAgent, bool phone, bool tablet)
    {
        var description = UserAgentDescription.Parse(userAgent);

        Assert.Equal(phone, description.IsPhone);
        Assert.Equal(tablet, description.IsTablet);
    }
}
