using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class SignInRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_CompletesWithAnEs384IdToken_AndShowsTheUser(bool par)
    {
        await using var env = await LogtoTestEnvironment.StartAsync(par);

        var callback = await env.SignInAsync();
        var home = await env.Browser.GetStringAsync("/");

        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        Assert.Contains("\"alg\":\"ES384\"", DecodeHeader(env.Logto.LastIdToken!));
        Assert.Contains("Welcome back, <bdi>카카오테스터</bdi>", home);
        Assert.DoesNotContain("You are not signed in", home);
    }

    [Fact]
    public async Task ProtectedPage_WhenAnonymous_GoesThroughSignInAndBack()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();

        var profile = await env.Browser.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fprofile", profile.Headers.Location!.PathAndQuery);

        var callback = await env.SignInAsync(profile.Headers.Location.PathAndQuery);
        Assert.Equal("/profile", callback.Headers.Location!.OriginalString);

        var page = await env.Browser.GetStringAsync("/profile");
        Assert.Contains("nvadwst6by8k", page);
        Assert.Contains("kakao.tester@example.com", page);
    }

    [Fact]
    public async Task SignIn_WhenAlreadySignedIn_GoesStraightToTheReturnUrlWithoutAskingLogto()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        await env.SignInAsync();
        var authorizationsBefore = env.Logto.LastAuthorization;

        var again = await env.Browser.GetAsync("/sign-in?returnUrl=%2Fprofile");

        Assert.Equal("/profile", again.Headers.Location!.OriginalString);
        Assert.Same(authorizationsBefore, env.Logto.LastAuthorization);
    }

    [Fact]
    public async Task SignIn_StoresNullClaimsAsAbsent_AndFallsBackToUsernameForTheName()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.User = new FakeLogtoUser("u-1", Name: null, Username: "reader42", Email: null, Picture: null);

        await env.SignInAsync();
        var profile = await env.Browser.GetStringAsync("/profile");

        Assert.Contains("reader42", profile);
        Assert.Contains("No email shared", profile);
        Assert.DoesNotContain("data-testid=\"avatar-image\"", profile);
    }

    [Fact]
    public async Task SignIn_KeepsLogtoRoles()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.User = FakeLogtoUser.KakaoTester with { Roles = ["admin", "editor"] };

        await env.SignInAsync();
        var profile = await env.Browser.GetStringAsync("/profile");

        Assert.Matches(@">\s*admin\s*<", profile);
        Assert.Matches(@">\s*editor\s*<", profile);
    }

    private static string DecodeHeader(string jwt) =>
        System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(jwt.Split('.')[0]));
}
