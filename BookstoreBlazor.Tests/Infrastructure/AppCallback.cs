using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// Sign-ins stopped at the app's <c>/callback</c>, so a test can change, withhold or replay the callback, and deliver it
/// in any browser. Each helper uses the environment's own browser unless given another (a fresh one is a stranger to
/// both the app and the emulator).
/// </summary>
public static class AppCallback
{
    /// <summary>"Continue with Kakao" from <paramref name="start"/>, agreeing on Kakao's consent screen, up to the callback.</summary>
    public static async Task<Uri> KakaoCallbackAsync(this EmulatorEnvironment env, KakaoAccount account,
        HttpBrowser? browser = null, string start = "/sign-in/kakao")
    {
        browser ??= env.Browser;
        var page = await browser.GoAsync(new Uri(env.AppBase, start), env.IsCallback);
        // A browser still signed in to the emulator skips Kakao's consent screen.
        if (!env.IsCallback(page.Uri))
        {
            page = await browser.SubmitAsync(page, new Dictionary<string, string?>
            {
                ["account"] = account.Id.ToString(), ["decision"] = "agree", ["share_email"] = "true",
            }, stopAt: env.IsCallback);
        }

        Assert.True(env.IsCallback(page.Uri), $"The sign-in did not reach the app's callback: {page}");
        return page.Uri;
    }

    /// <summary>Opens the callback and follows the app's redirects, stopping before any host but the app's and the emulator's.</summary>
    public static Task<BrowserPage> DeliverAsync(this EmulatorEnvironment env, Uri callback, HttpBrowser? browser = null) =>
        (browser ?? env.Browser).GoAsync(callback, url => !env.IsOurs(url));

    /// <summary>A whole sign-in as the Kakao tester in <paramref name="browser"/>, ending where the app sends it.</summary>
    public static async Task<BrowserPage> SignInWithKakaoAsync(this EmulatorEnvironment env, HttpBrowser browser,
        string start = "/sign-in/kakao") =>
        await env.DeliverAsync(await env.KakaoCallbackAsync(KakaoAccount.Tester, browser, start), browser);

    /// <summary>What the home page says about the browser: signed in or not.</summary>
    public static async Task<string?> AuthStateAsync(this EmulatorEnvironment env, HttpBrowser? browser = null) =>
        (await (browser ?? env.Browser).GoAsync(new Uri(env.AppBase, "/"))).Text("auth-state");

    public const string SignedOut = "You are not signed in.";
    public const string SignedIn = "You are signed in with Logto.";

    /// <summary>The same URL with one query parameter replaced, e.g. a callback carrying another code.</summary>
    public static Uri WithQueryValue(Uri url, string name, string value)
    {
        var query = QueryHelpers.ParseQuery(url.Query);
        query[name] = value;
        return new Uri(QueryHelpers.AddQueryString(url.GetLeftPart(UriPartial.Path), query));
    }

    private static bool IsCallback(this EmulatorEnvironment env, Uri url) =>
        url.Authority == env.AppBase.Authority && url.AbsolutePath == "/callback";

    private static bool IsOurs(this EmulatorEnvironment env, Uri url) =>
        url.Authority == env.AppBase.Authority || url.Authority == env.Logto.Endpoint.BaseUri.Authority;
}
