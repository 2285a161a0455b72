using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.Sessions.SessionsWalk;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>Two or more browsers signed in as one Kakao user, seeing and ending each other's sessions through the app.</summary>
public sealed class SessionsPageFlowTests
{
    [Fact]
    public async Task TheStaticSessionsPage_SendsAnAnonymousVisitorToSignIn_WithoutShowingAnything()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var anonymous = new HttpBrowser();

        var page = await anonymous.GoAsync(new Uri(env.AppBase, "/sessions"), stopAt: uri => uri.Authority != env.AppBase.Authority);

        Assert.NotEqual(env.AppBase.Authority, page.Uri.Authority);
        Assert.True(page.Visited("/sign-in"), string.Join(" → ", page.Redirects));
        Assert.False(page.Has("session-row"));
    }

    [Fact]
    public async Task TwoBrowsers_OneKakaoUser_EachSeesBothSessions_AndItselfAsThisDevice()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);

        var onLaptop = Rows(await env.Browser.OpenSessionsAsync(env));
        var onPhone = Rows(await phone.OpenSessionsAsync(env));

        Assert.Equal(2, onLaptop.Count);
        Assert.Equal(onLaptop.Select(r => r.Id).Order(), onPhone.Select(r => r.Id).Order());
        Assert.True(onLaptop[0].IsCurrent);
        Assert.True(onPhone[0].IsCurrent);
        Assert.NotEqual(onLaptop[0].Id, onPhone[0].Id);
        Assert.Single(onLaptop, r => r.IsCurrent);
        Assert.All(onLaptop, r => Assert.Equal("127.0.0.1", r.Ip));
        Assert.All(onLaptop, r => Assert.Equal("Unknown browser", r.Device));
    }

    [Fact]
    public async Task SigningOutTheOtherSession_SignsThatBrowserOutOnItsNextRequest_AndKeepsThisOne()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        var phoneId = await phone.CurrentSessionIdAsync(env);
        var page = await env.Browser.OpenSessionsAsync(env);
        var laptopId = Rows(page).Single(r => r.IsCurrent).Id;

        var response = await env.Browser.PostFormAsync(env, Revoke(phoneId), page.Form(Revoke(phoneId)).Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sessions?notice=session-ended", response.Headers.Location?.OriginalString);
        var after = await env.Browser.GoAsync(new Uri(env.AppBase, response.Headers.Location!));
        Assert.Equal("That session is signed out.", after.Text("sessions-notice"));
        Assert.Equal([(laptopId, true)], Rows(after).Select(r => (r.Id, r.IsCurrent)));
        Assert.False(await phone.IsSignedInAsync(env));
        Assert.Equal(laptopId, await env.Browser.CurrentSessionIdAsync(env));
    }

    [Fact]
    public async Task SignOutEverywhereElse_EndsEveryOtherSessionOfThisUser_AndNoOneElses()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        using var tablet = new HttpBrowser();
        using var stranger = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await tablet.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await stranger.SignInWithKakaoAsync(env, KakaoAccount.WithoutEmail);
        var page = await env.Browser.OpenSessionsAsync(env);
        Assert.Equal(3, Rows(page).Count);
        var laptopId = Rows(page).Single(r => r.IsCurrent).Id;

        var done = await env.Browser.SubmitAsync(page, action: RevokeOthers);

        Assert.Equal("/sessions?notice=others-ended", done.PathAndQuery);
        Assert.Contains(done.Redirects, u => u.AbsolutePath == RevokeOthers);
        Assert.Equal("You are signed out everywhere else.", done.Text("sessions-notice"));
        // A silent sign-in through Logto would also end here signed in, but as a new session.
        Assert.False(done.Visited("/sign-in"));
        Assert.Equal([(laptopId, true)], Rows(done).Select(r => (r.Id, r.IsCurrent)));
        Assert.False(await phone.IsSignedInAsync(env));
        Assert.False(await tablet.IsSignedInAsync(env));
        Assert.True(await stranger.IsSignedInAsync(env));
        Assert.Equal(laptopId, await env.Browser.CurrentSessionIdAsync(env));
    }
}
