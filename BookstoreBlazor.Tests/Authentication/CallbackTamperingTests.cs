using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.LogtoEmulator;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>
/// Real sign-ins through the emulator, stopped at the app's <c>/callback</c> and then tampered with, withheld or replayed:
/// the app never signs anyone in on such a callback, and stores no session for it.
/// </summary>
public sealed class CallbackTamperingTests
{
    private const string CorrelationCookiePrefix = "bookstore.correlation.";

    [SecurityCase(CatalogueArea.Callback, "Tampered `state` on an otherwise genuine callback",
        "The friendly sign-in-failed page; not signed in; no session stored")]
    [Fact]
    public async Task ATamperedState_IsRefused_ThoughTheUntamperedCallbackWouldSignIn()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var callback = await env.KakaoCallbackAsync(KakaoAccount.Tester);
        var state = OidcTestClient.Query(callback)["state"];

        var tampered = await env.DeliverAsync(AppCallback.WithQueryValue(callback, "state", Flip(state, state.Length / 2)));

        await AssertRefusedAsync(env, tampered, sessions: 0);
        // The very same callback with its own state signs in: the one changed character was the only reason to refuse.
        Assert.Equal("/", (await env.DeliverAsync(callback)).Uri.AbsolutePath);
        Assert.Equal(1, await SessionRows.CountAsync(env));
    }

    [SecurityCase(CatalogueArea.Callback, "The exact callback URL replayed after a successful sign-in (same browser, or another browser)",
        "The friendly sign-in-failed page; no second session; another browser is not signed in")]
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ACallbackReplayedAfterASuccessfulSignIn_MakesNoSecondSession(bool inAnotherBrowser)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var callback = await env.KakaoCallbackAsync(KakaoAccount.Tester);
        Assert.Equal("/", (await env.DeliverAsync(callback)).Uri.AbsolutePath);
        using var other = new HttpBrowser();
        var replayer = inAnotherBrowser ? other : env.Browser;

        var replay = await env.DeliverAsync(callback, replayer);

        Assert.Equal("/sign-in-failed", replay.Uri.AbsolutePath);
        Assert.Equal(1, await SessionRows.CountAsync(env));
        if (inAnotherBrowser)
            Assert.Equal(AppCallback.SignedOut, await env.AuthStateAsync(other));
    }

    [SecurityCase(CatalogueArea.Callback, "A genuine callback arriving without the sign-in's correlation cookie (e.g. a link sent to a victim)",
        "The friendly sign-in-failed page; not signed in; no session stored")]
    [Fact]
    public async Task ACallbackWithoutItsCorrelationCookie_IsRefused()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var callback = await env.KakaoCallbackAsync(KakaoAccount.Tester);
        var correlation = env.Browser.Cookies.GetAllCookies().Where(c => c.Name.StartsWith(CorrelationCookiePrefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(correlation);
        foreach (var cookie in correlation)
            cookie.Expired = true;

        var page = await env.DeliverAsync(callback);

        await AssertRefusedAsync(env, page, sessions: 0);
        Assert.Contains(env.App.Logs.Lines, line => line.Contains("Sign-in did not complete") && line.Contains("Correlation failed"));
    }

    [SecurityCase(CatalogueArea.Callback, "An authorization code replayed: a used code delivered with the fresh, valid `state` of a new sign-in",
        "Logto refuses the code (`invalid_grant`); the friendly sign-in-failed page; no second session")]
    [Fact]
    public async Task AUsedCode_WithTheStateOfANewSignIn_IsRefused()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var used = await env.KakaoCallbackAsync(KakaoAccount.Tester);
        Assert.Equal("/", (await env.DeliverAsync(used)).Uri.AbsolutePath);
        using var attacker = new HttpBrowser();
        var fresh = await env.KakaoCallbackAsync(KakaoAccount.Tester, attacker);

        var page = await env.DeliverAsync(AppCallback.WithQueryValue(fresh, "code", OidcTestClient.Query(used)["code"]), attacker);

        await AssertRefusedAsync(env, page, sessions: 1, attacker);
        Assert.Contains(env.App.Logs.Lines, line => line.Contains("Sign-in did not complete") && line.Contains("invalid_grant"));
    }

    [SecurityCase(CatalogueArea.Callback, "An authorization code issued to another application of the tenant, delivered with the app's valid `state`",
        "Logto refuses the code (`invalid_grant`); the friendly sign-in-failed page; no session stored")]
    [Fact]
    public async Task ACodeIssuedToAnotherClient_IsRefused()
    {
        var otherApp = new EmulatorClient { ClientId = "another-app", ClientSecret = "another-app-secret", DisplayName = "Another app" };
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { Clients = [EmulatorClient.CreateDefault(), otherApp] });
        using var attacker = new HttpBrowser();
        var otherClient = await OidcTestClient.RegisterAsync(env.Logto, attacker, otherApp);
        var signIn = await otherClient.AuthorizeAsync();
        var otherCallback = await attacker.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);
        var foreignCode = OidcTestClient.Query(otherCallback.Uri)["code"];
        var callback = await env.KakaoCallbackAsync(KakaoAccount.Tester);

        var page = await env.DeliverAsync(AppCallback.WithQueryValue(callback, "code", foreignCode));

        await AssertRefusedAsync(env, page, sessions: 0);
        Assert.Contains(env.App.Logs.Lines, line => line.Contains("Sign-in did not complete") && line.Contains("invalid_grant"));
    }

    private static async Task AssertRefusedAsync(EmulatorEnvironment env, BrowserPage page, int sessions, HttpBrowser? browser = null)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.Equal(AppCallback.SignedOut, await env.AuthStateAsync(browser));
        Assert.Equal(sessions, await SessionRows.CountAsync(env));
    }

    private static string Flip(string value, int index) =>
        value[..index] + (value[index] == 'A' ? 'B' : 'A') + value[(index + 1)..];
}
