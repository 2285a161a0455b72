using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>When Logto ends a session, it tells Bookstore over the back channel and the Bookstore sessions end too.</summary>
public sealed class BackchannelLogoutFlowTests
{
    [Fact]
    public async Task LogtoSigningTheUserOutEverywhere_EndsTheAppSession()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var userId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst("sub")!.Value;

        var ended = await env.Logto.EndUserSessionsAsync(userId);
        var profile = await env.GoAsync("/profile");

        Assert.Equal(1, ended);
        Assert.Contains(profile.Redirects, u => u.Authority == env.AppBase.Authority && u.AbsolutePath == "/sign-in");
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, profile.Uri.Authority);
        Assert.Equal("/sign-in", profile.Uri.AbsolutePath);
        Assert.Empty(await SessionsOf(env, userId));
    }

    [Fact]
    public async Task SigningOutInTheApp_AlsoEndsTheOtherAppSessionsOfThatLogtoSession()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var first = await SavedTokens.ReadAsync(env);
        var firstCookie = AuthCookie(env).Value;
        // A second app session from the same Logto session (as in a second tab after the first cookie was lost).
        AuthCookie(env).Expired = true;
        await env.GoAsync("/sign-in");
        var second = await SavedTokens.ReadAsync(env);
        var userId = first.Principal.FindFirst("sub")!.Value;
        Assert.Equal(first.Principal.FindFirst("sid")!.Value, second.Principal.FindFirst("sid")!.Value);
        Assert.Equal(2, (await SessionsOf(env, userId)).Count);

        var afterSignOut = await env.SignOutAsync();
        env.Browser.Cookies.Add(new Cookie(SavedTokens.CookieName, firstCookie, "/", env.AppBase.Host));
        var firstTabProfile = await env.GoAsync("/profile");

        Assert.Equal("You are signed out of Bookstore and Logto.", afterSignOut.Text("notice"));
        Assert.Empty(await SessionsOf(env, userId));
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, firstTabProfile.Uri.Authority);
        Assert.Equal("/sign-in", firstTabProfile.Uri.AbsolutePath);
    }

    [Fact]
    public async Task ALogoutTokenWithOnlySub_EndsEverySessionOfTheUser()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var userId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst("sub")!.Value;
        var token = env.Logto.CreateLogoutToken(LogoutTokenFault.None, env.Logto.DefaultClient.ClientId, sid: null, sub: userId);

        using var response = await BackchannelLogout.PostAsync(env, token);
        var sessionsAfter = await SessionsOf(env, userId);
        var profile = await env.GoAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(sessionsAfter);
        // The app session is gone; Logto's is not (nothing ended it), so signing in again is silent.
        Assert.Contains(profile.Redirects, u => u.Authority == env.AppBase.Authority && u.AbsolutePath == "/sign-in");
        Assert.Equal(env.AppBase.Authority, profile.Uri.Authority);
        Assert.Equal("/profile", profile.Uri.AbsolutePath);
    }

    [SecurityCase(CatalogueArea.BackchannelLogout, "A genuine logout token whose `sid` and `sub` belong to different users",
        "Nothing ends")]
    [Fact]
    public async Task ALogoutTokenWhoseSidAndSubDisagree_EndsNothing()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var ticket = await SavedTokens.ReadAsync(env);
        var userId = ticket.Principal.FindFirst("sub")!.Value;
        var token = env.Logto.CreateLogoutToken(LogoutTokenFault.None, env.Logto.DefaultClient.ClientId,
            sid: ticket.Principal.FindFirst("sid")!.Value, sub: "someone-else");

        using var response = await BackchannelLogout.PostAsync(env, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await SessionsOf(env, userId));
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    private static Cookie AuthCookie(EmulatorEnvironment env) =>
        env.Browser.Cookies.GetCookies(env.AppBase)[SavedTokens.CookieName] ?? throw new InvalidOperationException("No auth cookie.");

    private static Task<IReadOnlyList<SessionSummary>> SessionsOf(EmulatorEnvironment env, string userId) =>
        env.App.Services.GetRequiredService<UserSessions>().ListAsync(userId);
}
