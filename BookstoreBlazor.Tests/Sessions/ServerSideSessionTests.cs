using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>The auth cookie holds only a key; claims and tokens live in the database and survive a restart.</summary>
public sealed class ServerSideSessionTests
{
    [Fact]
    public async Task AfterAKakaoSignIn_TheAuthCookieIsAtMost512Bytes_AndHoldsNoTokens()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var cookies = env.Browser.Cookies.GetCookies(env.AppBase).Where(c => c.Name.StartsWith(SavedTokens.CookieName, StringComparison.Ordinal)).ToList();
        var cookie = Assert.Single(cookies);
        Assert.InRange(cookie.Name.Length + 1 + cookie.Value.Length, 1, 512);
        var ticket = await SavedTokens.ReadAsync(env);
        Assert.False(string.IsNullOrEmpty(ticket.Properties.GetTokenValue("refresh_token")));
        Assert.Equal("카카오테스터", ticket.Principal.FindFirst("name")?.Value);
    }

    [Fact]
    public async Task Restart_KeepsTheSameCookieSignedIn()
    {
        var database = BookstoreAppFactory.NewDatabase();
        await using var logto = await BookstoreBlazor.LogtoEmulator.LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        var cookies = new System.Net.CookieContainer();
        {
            await using var first = await EmulatorEnvironment.StartAppAsync(logto, database);
            await first.SignInWithKakaoAsync(KakaoAccount.Tester);
            CopyCookies(first, cookies);
        }

        await using var restarted = await EmulatorEnvironment.StartAppAsync(logto, database);
        foreach (System.Net.Cookie cookie in cookies.GetAllCookies())
            restarted.Browser.Cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, "/", restarted.AppBase.Host));
        var home = await restarted.GoAsync("/");

        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));
        Assert.Contains("카카오테스터", home.Text("user-menu"));
    }

    private static void CopyCookies(EmulatorEnvironment env, System.Net.CookieContainer into)
    {
        foreach (System.Net.Cookie cookie in env.Browser.Cookies.GetCookies(env.AppBase))
            into.Add(new System.Net.Cookie(cookie.Name, cookie.Value, "/", env.AppBase.Host));
    }
}
