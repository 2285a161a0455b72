using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using static BookstoreBlazor.Tests.Sessions.SessionsWalk;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// Ending another device's session on /sessions also revokes its refresh token at Logto: ending the Bookstore session
/// alone would leave a token that still gets fresh access tokens from Logto.
/// </summary>
public sealed class SessionRevocationAtLogtoTests
{
    [SecurityCase(CatalogueArea.Tokens, "Signing out another session on /sessions",
        "That session's refresh token is revoked at Logto (refused at its token endpoint afterwards); this session's is untouched")]
    [Fact]
    public async Task SigningOutAnotherSession_RevokesItsRefreshTokenAtLogto_AndLeavesThisOnesAlone()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var (phone, phoneId) = await SignInPhoneTooAsync(env);
        using var _ = phone;
        var phoneToken = await RefreshTokenOfAsync(env, phone);
        var laptopToken = await RefreshTokenOfAsync(env, env.Browser);
        var logto = new OidcTestClient(env.Logto, env.Browser);
        Assert.True(await logto.IsActiveAsync(phoneToken));

        var done = await env.Browser.SignOutSessionAsync(env, phoneId);

        Assert.Equal("/sessions?notice=session-ended", done.PathAndQuery);
        Assert.Equal("invalid_grant", (string?)(await RefreshAsync(logto, phoneToken))["error"]);
        Assert.False(await phone.IsSignedInAsync(env));
        Assert.True(await logto.IsActiveAsync(laptopToken));
        Assert.Equal(laptopToken, await RefreshTokenOfAsync(env, env.Browser));
        Assert.True(await env.Browser.IsSignedInAsync(env));
    }

    [SecurityCase(CatalogueArea.Tokens, "Signing out everywhere else on /sessions",
        "Every other session's refresh token is revoked at Logto; this session's is untouched")]
    [Fact]
    public async Task SignOutEverywhereElse_RevokesEveryOtherRefreshTokenAtLogto()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        using var tablet = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await tablet.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        string[] others = [await RefreshTokenOfAsync(env, phone), await RefreshTokenOfAsync(env, tablet)];
        var laptopToken = await RefreshTokenOfAsync(env, env.Browser);
        var logto = new OidcTestClient(env.Logto, env.Browser);

        var done = await env.Browser.SubmitAsync(await env.Browser.OpenSessionsAsync(env), action: RevokeOthers);

        Assert.Equal("/sessions?notice=others-ended", done.PathAndQuery);
        foreach (var token in others)
            Assert.Equal("invalid_grant", (string?)(await RefreshAsync(logto, token))["error"]);
        Assert.True(await logto.IsActiveAsync(laptopToken));
        Assert.True(await env.Browser.IsSignedInAsync(env));
    }

    public static async Task<string> RefreshTokenOfAsync(EmulatorEnvironment env, HttpBrowser browser)
    {
        var cookie = browser.Cookies.GetCookies(env.AppBase)[SavedTokens.CookieName]!.Value;
        var ticket = await SavedTokens.TicketBehindAsync(env.App.Services, cookie);
        return ticket.Properties.GetTokenValue("refresh_token")!;
    }

    private static Task<JsonObject> RefreshAsync(OidcTestClient logto, string refreshToken) =>
        logto.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });
}
