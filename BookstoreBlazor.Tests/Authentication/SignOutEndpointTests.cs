using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class SignOutEndpointTests
{
    [Fact]
    public async Task SignOut_EndsTheLocalSessionAndTheLogtoSession_ThenLandsHomeWithANotice()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        await env.SignInAsync();
        var idToken = env.Logto.LastIdToken;

        var signOut = await SignInFlow.SignOutAsync(env.Browser);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith(env.Logto.Issuer + "/session/end?", signOut.Headers.Location!.AbsoluteUri);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bookstore.auth=;"));

        var back = await SignInFlow.FollowThroughLogtoAsync(env.Browser, signOut);
        Assert.Equal(idToken, env.Logto.LastEndSession!["id_token_hint"]);
        Assert.Equal("http://localhost/signed-out", env.Logto.LastEndSession["post_logout_redirect_uri"]);
        Assert.Equal("/?notice=signed-out", back.Headers.Location!.OriginalString);

        var home = await env.Browser.GetStringAsync(back.Headers.Location.OriginalString);
        Assert.Contains("You are signed out of Bookstore and Logto.", home);
        Assert.Contains("You are not signed in", home);
    }

    [SecurityCase(CatalogueArea.Csrf, "Sign-out posted without a valid antiforgery token",
        "400; the user stays signed in")]
    [Theory]
    [InlineData("")]
    [InlineData("__RequestVerificationToken=forged")]
    public async Task SignOut_WithoutAValidAntiforgeryToken_Returns400AndTheUserStaysSignedIn(string form)
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        await env.SignInAsync();

        var response = await env.Browser.PostAsync("/sign-out", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be accepted", await response.Content.ReadAsStringAsync());
        Assert.Null(env.Logto.LastEndSession);
        Assert.Contains("Welcome back", await env.Browser.GetStringAsync("/"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task SignOut_WithoutAForm_Returns400EvenWhenAnonymous(string? contentType)
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        var content = new StringContent("{}");
        content.Headers.ContentType = contentType is null ? null : new(contentType);

        var response = await env.Browser.PostAsync("/sign-out", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be accepted", await response.Content.ReadAsStringAsync());
    }

    [SecurityCase(CatalogueArea.Csrf, "`GET /sign-out` (a link or image an attacker plants)",
        "A confirmation page; nothing is signed out")]
    [Fact]
    public async Task SignOutPage_AsksForConfirmation_AndChangesNothing()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        await env.SignInAsync();

        var page = await env.Browser.GetAsync("/sign-out");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sign out of Bookstore?", html);
        Assert.Contains("method=\"post\" action=\"/sign-out\"", html);
        Assert.False(page.Headers.Contains("Set-Cookie") && page.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("bookstore.auth=;")));
        Assert.Null(env.Logto.LastEndSession);
        Assert.Contains("Welcome back", await env.Browser.GetStringAsync("/"));
    }
}
