using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Hosting;

/// <summary>
/// The theme's style sheet is built once and served cacheable; pages link it instead of writing the theme inline; the
/// dark-mode toggle's endpoint stores the choice in a cookie that pins the palette with a class on &lt;html&gt;.
/// </summary>
public sealed class ThemeEndpointTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private static HttpClient NewBrowser() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    [Fact]
    public async Task Pages_LinkTheVersionedStyleSheet_AndWriteNoThemeOfTheirOwn()
    {
        using var http = NewBrowser();

        var html = await http.GetStringAsync(new Uri(shared.Env.AppBase, "/books"));

        Assert.Matches("<link rel=\"stylesheet\" href=\"/theme.css\\?v=[0-9a-f]{12}\" />", html);
        Assert.DoesNotContain("mud-theme-provider", html);
        Assert.DoesNotContain("--mud-palette-primary:", html);
        Assert.Contains("<html lang=\"en\">", html);
    }

    [Fact]
    public async Task StyleSheet_HoldsBothPalettes_DarkByChoiceOrByTheSystem_AndIsCachedForAYear()
    {
        using var http = NewBrowser();

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, "/theme.css"));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Matches(@":root\s*\{[^}]*--mud-palette-primary: rgba\(93,52,242,1\)", css);
        Assert.Matches(@"html\.theme-dark\{[^}]*--mud-palette-primary: rgba\(161,140,255,1\)", css);
        Assert.Matches(@"@media \(prefers-color-scheme: dark\) \{\s*html:not\(\.theme-light\)\{[^}]*--mud-palette-primary: rgba\(161,140,255,1\)", css);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(shared.Env.AppBase, "/theme.css"));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("dark", "/books?q=x", "/books?q=x")]
    [InlineData("LIGHT", null, "/")]
    [InlineData("dark", "https://evil.example/", "/")]
    public async Task Toggle_StoresTheChoiceForAYear_AndGoesBackOnlyToThisSite(string mode, string? returnUrl, string expectedLocation)
    {
        using var http = NewBrowser();
        var path = $"/theme?mode={mode}" + (returnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl));

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"bookstore.theme={mode.ToLowerInvariant()};", cookie);
        Assert.Contains("max-age=31536000", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task Toggle_RefusesAnUnknownPalette()
    {
        using var http = NewBrowser();

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, "/theme?mode=purple"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("dark", "<html lang=\"en\" class=\"theme-dark\">")]
    [InlineData("light", "<html lang=\"en\" class=\"theme-light\">")]
    [InlineData("purple", "<html lang=\"en\">")]
    public async Task TheChosenPalette_IsPinnedOnTheHtmlElement_OfEveryPage_StatusPagesToo(string cookie, string expected)
    {
        foreach (var path in new[] { "/books", "/no-such-page" })
        {
            using var http = NewBrowser();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shared.Env.AppBase, path));
            request.Headers.Add("Cookie", $"bookstore.theme={cookie}");

            using var response = await http.SendAsync(request);

            Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        }
    }
}
