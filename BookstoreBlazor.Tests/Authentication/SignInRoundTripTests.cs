using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Users;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class SignInRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_CompletesWithAnEs384IdToken_AndShowsTheUser(bool par)
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = par });

        var home = await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var idToken = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("id_token")!;

        Assert.Equal("/", home.PathAndQuery);
        Assert.Equal("/callback", home.Redirects[^1].AbsolutePath);
        Assert.Equal(par, env.Logto.AuthorizationRequests.LastPushed is not null);
        Assert.Equal("ES384", OidcTestClient.Header(idToken)["alg"]!.GetValue<string>());
        Assert.Contains("Welcome back, <bdi>카카오테스터</bdi>", home.Html);
        Assert.Equal(AppCallback.SignedIn, home.Text("auth-state"));
    }

    [Fact]
    public async Task ProtectedPage_WhenAnonymous_GoesThroughSignInAndBack()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        using var profile = await env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/profile")));
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fprofile", profile.Headers.Location!.PathAndQuery);

        var page = await env.SignInWithPasswordAsync("reader", "bookstore", start: profile.Headers.Location.PathAndQuery);
        Assert.Equal("/profile", page.PathAndQuery);
        Assert.Equal("/callback", page.Redirects[^1].AbsolutePath);

        Assert.Equal(env.Logto.Users.FindByIdentifier("reader")!.Id, page.Text("claim-sub"));
        Assert.Contains("reader@example.com", page.Html);
    }

    [Fact]
    public async Task SignIn_WhenAlreadySignedIn_GoesStraightToTheReturnUrlWithoutAskingLogto()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var logtoRequestsBefore = env.Logto.Statistics.Requests;

        using var again = await env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/sign-in?returnUrl=%2Fprofile")));

        Assert.Equal("/profile", again.Headers.Location!.OriginalString);
        Assert.Equal(logtoRequestsBefore, env.Logto.Statistics.Requests);
    }

    [Fact]
    public async Task SignIn_StoresNullClaimsAsAbsent_AndFallsBackToUsernameForTheName()
    {
        // Logto sends "name", "email" and "picture" as JSON null for a user who has none.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions
        {
            TestAccounts = [new TestAccount("reader42", "bookstore-42")],
        });

        await env.SignInWithPasswordAsync("reader42", "bookstore-42");
        var profile = await env.GoAsync("/profile");

        Assert.Equal("reader42", profile.Text("profile-name"));
        Assert.Contains("No email shared", profile.Html);
        Assert.False(profile.Has("avatar-image"));
    }

    [Fact]
    public async Task SignIn_KeepsLogtoRoles()
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions
        {
            TestAccounts = [new TestAccount("editor", "bookstore-editor", "Editor", "editor@example.com", "admin", "editor")],
        });

        await env.SignInWithPasswordAsync("editor", "bookstore-editor");
        var profile = await env.GoAsync("/profile");

        Assert.Matches(@">\s*admin\s*<", profile.Html);
        Assert.Matches(@">\s*editor\s*<", profile.Html);
    }
}
