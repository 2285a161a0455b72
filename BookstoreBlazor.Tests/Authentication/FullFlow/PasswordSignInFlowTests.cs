using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.FullFlow;

/// <summary>Username/password sign-in and sign-up on the emulator's own pages, through the real OIDC handler.</summary>
public sealed class PasswordSignInFlowTests
{
    [Fact]
    public async Task SignIn_ShowsTheEmulatorsSignInPage_ThenSignsInWithTheTestAccount()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var home = await env.SignInWithPasswordAsync("reader", "bookstore");

        Assert.Equal(env.AppBase.Authority, home.Uri.Authority);
        Assert.Equal("/", home.Uri.AbsolutePath);
        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));
        Assert.Contains("Bookstore Reader", home.Text("user-menu"));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSo_KeepsTheIdentifier_AndSignsNobodyIn()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var page = await env.SignInWithPasswordAsync("reader", "wrong-password");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Incorrect username or password.", page.Text("error"));
        Assert.Equal("reader", page.Form().Fields["identifier"]);
        Assert.Contains("You are not signed in", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    public async Task SignUp_OpensTheRegistrationScreenFirst_AndCreatesTheAccount()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var register = await env.GoAsync("/sign-up?returnUrl=%2Fprofile");
        Assert.Equal("/register", register.Uri.AbsolutePath);
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, register.Uri.Authority);
        var profile = await env.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "new_reader", ["name"] = "새 독자", ["password"] = "correct-horse",
        });

        Assert.Equal("/profile", profile.Uri.AbsolutePath);
        Assert.Equal("새 독자", profile.Text("profile-name"));
        Assert.NotNull(env.Logto.Users.FindByIdentifier("new_reader"));
    }

    [Fact]
    public async Task SignUp_WithATakenUsername_SaysSo_AndKeepsWhatWasTyped()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var register = await env.GoAsync("/sign-up");
        var page = await env.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "reader", ["name"] = "Someone", ["password"] = "correct-horse",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This username is already in use.", page.Text("error"));
        Assert.Equal("Someone", page.Form().Fields["name"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_WorksWithAndWithoutPushedAuthorizationRequests(bool par)
    {
        await using var env = await EmulatorEnvironment.StartAsync(new() { EnablePushedAuthorization = par });

        var signInPage = await env.GoAsync("/sign-in");
        var authorize = signInPage.Redirects.Single(u => u.AbsolutePath == "/oidc/auth");
        var home = await env.Browser.SubmitAsync(signInPage, new Dictionary<string, string?> { ["identifier"] = "reader", ["password"] = "bookstore" });

        Assert.Equal(par, authorize.Query.Contains("request_uri="));
        Assert.Equal(!par, authorize.Query.Contains("code_challenge="));
        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));
    }
}
