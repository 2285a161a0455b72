using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>Steps the session tests of both flavours share: one browser, several instances of the app.</summary>
internal static class SessionInstances
{
    public const string SignedIn = "You are signed in with Logto.";
    public const string SignedOut = "You are not signed in.";

    /// <summary>What the browser holds for <paramref name="env"/>'s host (the app's and the emulator's cookies).</summary>
    public static CookieCollection Cookies(EmulatorEnvironment env) => env.Browser.Cookies.GetCookies(env.AppBase);

    /// <summary>The same browser reaching another instance: <paramref name="to"/>'s browser gets these cookies.</summary>
    public static void Give(EmulatorEnvironment to, CookieCollection cookies)
    {
        foreach (Cookie cookie in cookies)
            to.Browser.Cookies.Add(new Cookie(cookie.Name, cookie.Value, "/", to.AppBase.Host));
    }

    public static async Task<string?> AuthStateAsync(EmulatorEnvironment env) => (await env.GoAsync("/")).Text("auth-state");

    public static async Task AssertSignedInAsync(EmulatorEnvironment env, string name)
    {
        var home = await env.GoAsync("/");
        Assert.Equal(SignedIn, home.Text("auth-state"));
        Assert.Contains(name, home.Text("user-menu"));
    }

    /// <summary>The one auth cookie, which must stay small: it holds a session key, not claims or tokens.</summary>
    public static void AssertSmallAuthCookie(EmulatorEnvironment env)
    {
        var cookies = Cookies(env).Where(c => c.Name.StartsWith(SavedTokens.CookieName, StringComparison.Ordinal)).ToList();
        var cookie = Assert.Single(cookies);
        Assert.InRange(cookie.Name.Length + 1 + cookie.Value.Length, 1, 512);
    }

    /// <summary>Signs in, stops the app, starts it again on the same database: the same cookie is still signed in.</summary>
    public static async Task AssertRestartKeepsTheCookieSignedInAsync(IDictionary<string, string?> database)
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        CookieCollection cookies;
        await using (var first = await EmulatorEnvironment.StartAppAsync(logto, database))
        {
            await first.SignInWithKakaoAsync(KakaoAccount.Tester);
            cookies = Cookies(first);
        }

        await using var restarted = await EmulatorEnvironment.StartAppAsync(logto, database);
        Give(restarted, cookies);

        await AssertSignedInAsync(restarted, "카카오테스터");
    }
}
