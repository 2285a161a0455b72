using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;
using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using System.Text.RegularExpressions;
using BookstoreBlazor.Hosting;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Hosting;

public sealed partial class SecurityHeadersTests : IDisposable
{
    private const string Logto = "https://logto.example";
    private readonly BookstoreAppFactory _app = new(Logto + "/");

    [SecurityCase(CatalogueArea.Hardening, "Framing, MIME sniffing, referrer leaks on any response (pages, files, errors)",
        "CSP `frame-ancestors 'none'`, `nosniff`, `Referrer-Policy` on every response")]
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/sign-in-failed?reason=access_denied", HttpStatusCode.OK)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var response = await _app.CreateBrowser().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("default-src 'self'", Header(response, "Content-Security-Policy"));
    }

    [SecurityCase(CatalogueArea.Hardening, "A first visit over plain http that an attacker on the network could downgrade",
        "Outside Development every https response carries `Strict-Transport-Security`; Development (localhost) does not")]
    [Fact]
    public async Task Hsts_IsSentOverHttpsOutsideDevelopment_Only()
    {
        await using var production = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var https = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://bookstore.example/"), AllowAutoRedirect = false,
        });

        using var inProduction = await https.GetAsync("/favicon.svg");
        using var inDevelopment = await _app.CreateBrowser().GetAsync("/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, inProduction.StatusCode);
        Assert.StartsWith("max-age=", Header(inProduction, "Strict-Transport-Security"));
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Csp_HasEveryDirective_WithLogtoAllowedAsAFormTarget()
    {
        using var response = await _app.CreateBrowser().GetAsync("/");
        var csp = Directives(Header(response, "Content-Security-Policy"));

        Assert.Equal("'self'", csp["default-src"]);
        Assert.Matches(@"^'self' 'nonce-[0-9A-F]{32}'$", csp["script-src"]);
        Assert.Equal("'self' 'unsafe-inline'", csp["style-src"]);
        Assert.Equal("'self' https: data:", csp["img-src"]);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'self'", csp["font-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal($"'self' {Logto}", csp["form-action"]);
        Assert.Equal(10, csp.Count);
    }

    [Fact]
    public async Task ImportMap_CarriesThisResponsesNonce_AndEachResponseHasItsOwn()
    {
        var browser = _app.CreateBrowser();
        using var first = await browser.GetAsync("/");
        using var second = await browser.GetAsync("/");

        var nonce = NonceIn(first);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", await first.Content.ReadAsStringAsync());
        Assert.NotEqual(nonce, NonceIn(second));
    }

    [Fact]
    public void Csp_ForAPlainHttpLoopbackLogto_NamesItsOriginForImages_ButNeverAllHttp()
    {
        var csp = Directives(ContentSecurityPolicy.For(new Uri("http://127.0.0.1:5123/"), "n"));

        Assert.Equal("'self' https: data: http://127.0.0.1:5123", csp["img-src"]);
        Assert.Equal("'self' http://127.0.0.1:5123", csp["form-action"]);
    }

    private static string NonceIn(HttpResponseMessage response) =>
        Nonce().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;

    private static string Header(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.GetValues(name));

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    public void Dispose() => _app.Dispose();
}
