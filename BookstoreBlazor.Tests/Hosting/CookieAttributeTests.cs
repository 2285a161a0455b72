using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Tests.Hosting;

public sealed class CookieAttributeTests
{
    [Fact]
    public async Task Development_OverHttp_BareNames_HttpOnly_Lax_And_StrictAntiforgery_NotSecure()
    {
        await using var logto = await FakeLogto.StartAsync();
        await using var app = new BookstoreAppFactory(logto.Endpoint);
        var browser = app.CreateBrowser();

        var cookies = await SignInAndOpenSignOutPageAsync(browser);

        var auth = Assert.Single(cookies, c => c.Name == SavedTokens.CookieName);
        AssertAttributes(auth, SameSiteMode.Lax, secure: false);
        var antiforgery = Assert.Single(cookies, c => c.Name == "bookstore.antiforgery");
        AssertAttributes(antiforgery, SameSiteMode.Strict, secure: false);
    }

    [SecurityCase(CatalogueArea.Hardening, "Cookie theft or overwrite through a sibling subdomain or plain http",
        "`__Host-` names, `Secure`, `HttpOnly`, `SameSite` outside Development")]
    [Fact]
    public async Task Production_OverHttps_HostPrefixedNames_Secure()
    {
        await using var logto = await FakeLogto.StartAsync();
        await using var app = new BookstoreAppFactory(logto.Endpoint);
        await using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var browser = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var cookies = await SignInAndOpenSignOutPageAsync(browser);

        AssertAttributes(Assert.Single(cookies, c => c.Name == "__Host-bookstore.auth"), SameSiteMode.Lax, secure: true);
        AssertAttributes(Assert.Single(cookies, c => c.Name == "__Host-bookstore.antiforgery"), SameSiteMode.Strict, secure: true);
        Assert.DoesNotContain(cookies, c => c.Name == SavedTokens.CookieName);
        // Secure even on a request that reached the app as http (TLS ended at a proxy), which the https client cannot show.
        var services = production.Services;
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always,
            services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LogtoSchemes.Cookie).Cookie.SecurePolicy);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    /// <summary>Every cookie the app set along the way: the callback sets the auth cookie, the sign-out page the antiforgery one.</summary>
    private static async Task<List<SetCookieHeaderValue>> SignInAndOpenSignOutPageAsync(HttpClient browser)
    {
        using var callback = await SignInFlow.SignInAsync(browser);
        using var signOutPage = await browser.GetAsync("/sign-out");
        return SetCookies(callback).Concat(SetCookies(signOutPage)).ToList();
    }

    private static IEnumerable<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    private static void AssertAttributes(SetCookieHeaderValue cookie, SameSiteMode sameSite, bool secure)
    {
        Assert.True(cookie.HttpOnly, $"{cookie.Name} is not HttpOnly");
        Assert.Equal(sameSite.ToString(), cookie.SameSite.ToString());
        Assert.Equal("/", cookie.Path.ToString());
        Assert.True(cookie.Domain.Value is null, $"{cookie.Name} names a domain");
        Assert.Equal(secure, cookie.Secure);
    }
}
