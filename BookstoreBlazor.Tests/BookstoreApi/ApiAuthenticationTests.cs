using System.Net;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Shelves;
using Microsoft.Extensions.DependencyInjection;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.LogtoEmulator;

namespace BookstoreBlazor.Tests.BookstoreApi;

/// <summary>What the API does with everything that is not a valid Logto access token for its resource.</summary>
public sealed class ApiAuthenticationTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private EmulatorEnvironment Env => shared.Env;

    [Fact]
    [SecurityCase(CatalogueArea.Api, "`/api` called with no token", "401, `WWW-Authenticate: Bearer` (RFC 6750: no error code), problem details")]
    public async Task NoToken_Is401_WithABareBearerChallenge_AndProblemDetails()
    {
        using var api = new ApiClient(Env.AppBase, token: null);

        using var response = await api.GetAsync("/api/books");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"Bookstore API\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await ApiClient.JsonAsync(response))["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(AccessTokenFault.Expired)]
    [InlineData(AccessTokenFault.NotYetValid)]
    [InlineData(AccessTokenFault.WrongAudience)]
    [InlineData(AccessTokenFault.WrongIssuer)]
    [InlineData(AccessTokenFault.UnknownKey)]
    [InlineData(AccessTokenFault.AlgNone)]
    [InlineData(AccessTokenFault.HmacWithPublicKey)]
    [SecurityCase(CatalogueArea.Api, "Expired or not-yet-valid access token", "401 `invalid_token`; nothing read or changed")]
    [SecurityCase(CatalogueArea.Api, "Access token for another API resource (wrong `aud`) or from another issuer", "401 `invalid_token`")]
    [SecurityCase(CatalogueArea.Api, "Forged access token: unknown key, `alg: none`, HS256 keyed with Logto's public key", "401 `invalid_token`")]
    public async Task AFaultyToken_Is401_InvalidToken_AndChangesNothing(AccessTokenFault fault)
    {
        var subject = "faulty-" + fault;
        using var api = ApiClient.For(Env.Logto, Env.AppBase, subject, ApiClient.AllScopes, fault);

        using var read = await api.GetAsync("/api/shelf");
        using var write = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + SeedIsbn, new { state = "reading" });

        Assert.All([read, write], response =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        });
        Assert.Null(await Env.App.Services.GetRequiredService<Shelf>().FindAsync(subject, SeedIsbn));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Api, "An ID token (or any non-`at+jwt`) sent as the bearer token", "401 `invalid_token`: wrong type and audience")]
    public async Task AnIdTokenFromLogto_IsNotAnAccessToken()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var tokens = await ResourceFlow.SignInAsync(probe, "reader");
        // Against the probe's own emulator: point a second app at it, so issuer and keys match and only the type is wrong.
        await using var env = await EmulatorEnvironment.StartAppAsync(probe.Logto);
        using var api = new ApiClient(env.AppBase, tokens["id_token"]!.GetValue<string>());

        using var response = await api.GetAsync("/api/books");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    [SecurityCase(CatalogueArea.Api, "A signed-in Bookstore cookie sent to `/api` instead of a token (CSRF surface)",
        "401: cookies never authenticate the API, so a cross-site request cannot use one")]
    public async Task ABookstoreCookie_NeverAuthenticatesTheApi()
    {
        var browser = new HttpBrowser();
        await Env.SignInWithKakaoAsync(KakaoAccount.Tester, browser: browser);
        Assert.Contains(browser.Cookies.GetAllCookies(), c => c.Name == BookstoreBlazor.Hosting.BookstoreCookies.Auth);

        using var read = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Env.AppBase, "/api/shelf")));
        using var write = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, new Uri(Env.AppBase, "/api/shelf/" + SeedIsbn)));

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal("Bearer realm=\"Bookstore API\"", read.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    [SecurityCase(CatalogueArea.Api, "A valid token without the permission an endpoint needs",
        "403 with `WWW-Authenticate: Bearer error=\"insufficient_scope\", scope=\"…\"` naming the missing scope")]
    public async Task AValidTokenWithoutTheScope_Is403_InsufficientScope_NamingIt()
    {
        using var reader = ApiClient.For(Env.Logto, Env.AppBase, "scope-reader", "read:shelf");

        using var write = await reader.SendAsync(HttpMethod.Put, "/api/shelf/" + SeedIsbn, new { state = "reading" });
        using var admin = await reader.SendAsync(HttpMethod.Delete, "/api/books/" + SeedIsbn);

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var challenge = write.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"insufficient_scope\"", challenge);
        Assert.Contains("scope=\"write:shelf\"", challenge);
        Assert.Equal("write:shelf", (await ApiClient.JsonAsync(write))["scope"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Contains("scope=\"write:books\"", admin.Headers.WwwAuthenticate.ToString());
        Assert.NotNull(await Env.App.Services.GetRequiredService<BookCatalog>().FindAsync(SeedIsbn));
    }

    [Fact]
    public async Task AValidTokenWithNoScope_StillReadsTheCatalogue_ButNoShelf()
    {
        using var api = ApiClient.For(Env.Logto, Env.AppBase, "no-scope", scope: "");

        using var books = await api.GetAsync("/api/books?q=soseki");
        using var shelf = await api.GetAsync("/api/shelf");

        Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, shelf.StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoutes_AnswerProblemDetails_NotTheHtmlStatusPage()
    {
        using var api = ApiClient.For(Env.Logto, Env.AppBase, "lost", ApiClient.AllScopes);

        using var response = await api.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutAnApiResourceConfigured_NoTokenIsAccepted_AndTheChallengeSaysWhy()
    {
        await using var env = await EmulatorEnvironment.StartAppAsync(Env.Logto, new Dictionary<string, string?> { ["Logto:ApiResource"] = "" });
        using var api = ApiClient.For(Env.Logto, env.AppBase, "someone", ApiClient.AllScopes);

        using var response = await api.GetAsync("/api/books");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Logto:ApiResource", response.Headers.WwwAuthenticate.ToString());
    }

    /// <summary>坊っちゃん, from the seed catalogue every app starts with.</summary>
    public const string SeedIsbn = "9784870899957";
}
