using System.Net;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Tests.Hosting;

public sealed class CookieAttributeTests
{
    [Fact]
    public async Task Development_OverHttp_BareNames_HttpOnly_Lax_And_StrictAntiforgery_NotSecure()
    {
        await using var logto = await StartLogtoAsync();
        await using var app = AppAgainst(logto);
        var browser = app.CreateBrowser();

        var cookies = await SignInAndOpenSignOutPageAsync(browser, logto);

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
        await using var logto = await StartLogtoAsync();
        await using var app = AppAgainst(logto);
        await using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var browser = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var cookies = await SignInAndOpenSignOutPageAsync(browser, logto);

        AssertAttributes(Assert.Single(cookies, c => c.Name == "__Host-bookstore.auth"), SameSiteMode.Lax, secure: true);
        AssertAttributes(Assert.Single(cookies, c => c.Name == "__Host-bookstore.antiforgery"), SameSiteMode.Strict, secure: true);
        Assert.DoesNotContain(cookies, c => c.Name == SavedTokens.CookieName);
        // Secure even on a request that reached the app as http (TLS ended at a proxy), which the https client cannot show.
        var services = production.Services;
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always,
            services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LogtoSchemes.Cookie).Cookie.SecurePolicy);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    private static Task<LogtoEmulatorHost> StartLogtoAsync() =>
        LogtoEmulatorHost.StartAsync(new LogtoEmulatorOptions { ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning) });

    /// <summary>
    /// The app on the in-memory test server, which can pose as <c>https://localhost</c> the way an app behind a
    /// TLS-ending proxy sees its requests: an app on a real port could only be reached over plain http here.
    /// </summary>
    private static BookstoreAppFactory AppAgainst(LogtoEmulatorHost logto) => new(logto.Endpoint.BaseUri.AbsoluteUri,
        new Dictionary<string, string?> { ["Logto:AppId"] = logto.DefaultClient.ClientId, ["Logto:AppSecret"] = logto.DefaultClient.ClientSecret });

    /// <summary>Every cookie the app set along the way: the callback sets the auth cookie, the sign-out page the antiforgery one.</summary>
    private static async Task<List<SetCookieHeaderValue>> SignInAndOpenSignOutPageAsync(HttpClient app, LogtoEmulatorHost logto)
    {
        using var callback = await SignInWithKakaoAsync(app, logto);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        using var signOutPage = await app.GetAsync("/sign-out");
        return SetCookies(callback).Concat(SetCookies(signOutPage)).ToList();
    }

    /// <summary>
    /// "Continue with Kakao" from the test-server app: the emulator's leg in a real browser, which stops at the app's
    /// callback; the app's own client (holding its correlation cookies) then delivers it. Returns the app's answer.
    /// </summary>
    private static async Task<HttpResponseMessage> SignInWithKakaoAsync(HttpClient app, LogtoEmulatorHost logto)
    {
        var appBase = app.BaseAddress!;
        await logto.AllowAppAsync(appBase);
        using var challenge = await app.GetAsync("/sign-in/kakao");
        using var browser = new HttpBrowser();
        var consent = await browser.GoAsync(challenge.Headers.Location!);
        var callback = await browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = KakaoAccount.Tester.Id.ToString(), ["decision"] = "agree", ["share_email"] = "true",
        }, stopAt: url => url.Authority == appBase.Authority);
        Assert.Equal("/callback", callback.Uri.AbsolutePath);
        return await app.GetAsync(callback.Uri.PathAndQuery);
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
