using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost/profile")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2Fevil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%252F%252Fevil.example")]
    [InlineData("%252F%252Fevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\nLocation: https://evil.example")]
    [InlineData(" //evil.example")]
    [InlineData("profile")]
    [InlineData("~/profile")]
    public void Sanitize_HostileOrNonLocal_BecomesHome(string? returnUrl)
    {
        Assert.Equal("/", LocalReturnUrl.Sanitize(returnUrl));
    }

    [Fact]
    public void Sanitize_VeryLong_BecomesHome()
    {
        Assert.Equal("/", LocalReturnUrl.Sanitize("/" + new string('a', 5000)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/profile")]
    [InlineData("/books?id=7&sort=title")]
    [InlineData("/search?q=%ED%95%9C%EA%B8%80")]
    [InlineData("/a%20b")]
    [InlineData("/books#reviews")]
    public void Sanitize_LocalPath_IsKeptAsIs(string returnUrl)
    {
        Assert.Equal(returnUrl, LocalReturnUrl.Sanitize(returnUrl));
    }
}
