using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class LogtoUnreachableTests
{
    [SecurityCase(CatalogueArea.Faults, "Logto down when the user starts signing in",
        "A friendly 503 page naming the cause")]
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/sign-up")]
    [InlineData("/sign-in/kakao")]
    public async Task SignIn_WhenLogtoIsDown_ShowsAFriendly503(string path)
    {
        await using var app = new BookstoreAppFactory(UnreachableLogto.Endpoint());
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync(path + "?returnUrl=%2Fprofile");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Logto can&#x27;t be reached right now", html);
        Assert.Contains($"href=\"{path}?returnUrl=%2Fprofile\"", html);
    }

    [Fact]
    public async Task AnonymousPages_KeepWorking_WhenLogtoIsDown()
    {
        await using var app = new BookstoreAppFactory(UnreachableLogto.Endpoint());
        using var browser = app.CreateBrowser();
        await browser.GetAsync("/sign-in");

        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("You are not signed in", await home.Content.ReadAsStringAsync());
    }

    [SecurityCase(CatalogueArea.Faults, "Logto goes down between the redirect and the code redemption",
        "The sign-in-failed page says Logto could not be reached")]
    [Fact]
    public async Task Callback_WhenLogtoGoesDownBeforeTheCodeIsRedeemed_ShowsTheUnreachableReason()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        // The app has Logto's discovery document and keys by now: only the code redemption meets the outage.
        var callback = await env.KakaoCallbackAsync(KakaoAccount.Tester);
        await env.Logto.DisposeAsync();

        var page = await env.DeliverAsync(callback);

        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.Equal("unreachable", OidcTestClient.Query(page.Uri)["reason"]);
        Assert.Equal("Bookstore could not reach Logto to finish signing you in.", page.Text("failure-reason"));
        Assert.Equal(AppCallback.SignedOut, await env.AuthStateAsync());
        Assert.Equal(0, await SessionRows.CountAsync(env));
    }

    [SecurityCase(CatalogueArea.Faults, "Logto down during sign-out",
        "The local session still ends and the user is told Logto was not reached")]
    [Fact]
    public async Task SignOut_WhenLogtoIsDown_StillEndsTheLocalSession_AndSaysSo()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        await env.Logto.DisposeAsync();

        var home = await env.SignOutAsync();

        Assert.Equal("/?notice=signed-out-locally", home.PathAndQuery);
        Assert.Equal("You are signed out of Bookstore. Logto could not be reached, so your Logto session may still be active.",
            home.Text("notice"));
        Assert.Equal(AppCallback.SignedOut, home.Text("auth-state"));
        Assert.DoesNotContain(home.Redirects, u => u.Authority == env.Logto.Endpoint.BaseUri.Authority);
        Assert.Equal(0, await SessionRows.CountAsync(env));
    }
}
