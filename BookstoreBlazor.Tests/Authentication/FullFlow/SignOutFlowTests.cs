using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.FullFlow;

public sealed class SignOutFlowTests
{
    [Fact]
    public async Task SignOut_EndsBothSessions_SoTheNextSignInAsksAgain()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithPasswordAsync("reader", "bookstore");

        var afterSignOut = await env.SignOutAsync();
        var nextSignIn = await env.GoAsync("/sign-in");

        Assert.Contains(afterSignOut.Redirects, u => u.AbsolutePath == "/oidc/session/end");
        Assert.Equal("/", afterSignOut.Uri.AbsolutePath);
        Assert.Equal("You are signed out of Bookstore and Logto.", afterSignOut.Text("notice"));
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, nextSignIn.Uri.Authority);
        Assert.Equal("/sign-in", nextSignIn.Uri.AbsolutePath);
    }

    [Fact]
    public async Task WithoutSigningOut_TheLogtoSessionSignsInAgainSilently()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        // Only the app's cookie goes: Logto's session is still there, as after closing the app's tab.
        env.Browser.Cookies.GetCookies(env.AppBase)[SavedTokens.CookieName]!.Expired = true;

        var home = await env.GoAsync("/sign-in");

        Assert.Equal(env.AppBase.Authority, home.Uri.Authority);
        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));
    }
}
