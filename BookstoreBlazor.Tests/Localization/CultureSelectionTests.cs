using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>
/// Which language a page is served in: the culture cookie (the reader's choice), else Accept-Language, else English;
/// and the language menu's endpoint, which sets that cookie and goes back only to a page of this site.
/// </summary>
public sealed class CultureSelectionTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Theory]
    [InlineData(null, null, "en", "Search by title or author")]
    [InlineData(null, "ko-KR,ko;q=0.9,en;q=0.5", "ko", "제목이나 저자로 검색")]
    [InlineData(null, "ja", "ja", "タイトルや著者で検索")]
    [InlineData(null, "fr-FR,de;q=0.8", "en", "Search by title or author")]
    [InlineData(null, "fr-FR,ja;q=0.8", "ja", "タイトルや著者で検索")]
    [InlineData("c=ko|uic=ko", "ja", "ko", "제목이나 저자로 검색")]
    [InlineData("c=ja|uic=ja", "ko", "ja", "タイトルや著者で検索")]
    [InlineData("c=fr|uic=fr", "ko", "ko", "제목이나 저자로 검색")]
    public async Task BooksPage_SpeaksTheCookiesLanguage_ElseTheBrowsers_ElseEnglish(
        string? cookie, string? acceptLanguage, string expectedLang, string expectedLabel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shared.Env.AppBase, "/books"));
        if (cookie is not null)
            request.Headers.Add("Cookie", $"{CultureCookie}={Uri.EscapeDataString(cookie)}");
        if (acceptLanguage is not null)
            request.Headers.Add("Accept-Language", acceptLanguage);

        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{expectedLang}\">", html);
        Assert.Contains(expectedLabel, html);
    }

    [Fact]
    public async Task StatusPage_IsLocalizedToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shared.Env.AppBase, "/no-such-page"));
        request.Headers.Add("Accept-Language", "ja");
        using var http = new HttpClient();

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ko", "/books?text=%EC%8B%9C", "/books?text=%EC%8B%9C")]
    [InlineData("JA", "/books", "/books")]
    [InlineData("en", null, "/")]
    public async Task CultureEndpoint_SetsTheStandardCookieForAYear_AndGoesBack(string culture, string? returnUrl, string expectedLocation)
    {
        var path = $"/culture?culture={culture}" + (returnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        var lower = culture.ToLowerInvariant();
        Assert.StartsWith($"{CultureCookie}={Uri.EscapeDataString($"c={lower}|uic={lower}")};", setCookie);
        Assert.Contains("max-age=31536000", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/books")]
    [InlineData("/\\evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task CultureEndpoint_NeverRedirectsOffSite(string returnUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, "/culture?culture=ko&returnUrl=" + Uri.EscapeDataString(returnUrl)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("ko-KR;x")]
    public async Task CultureEndpoint_RefusesAnUnsupportedCulture_AndSetsNoCookie(string culture)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        using var response = await http.GetAsync(new Uri(shared.Env.AppBase, "/culture?culture=" + Uri.EscapeDataString(culture)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
