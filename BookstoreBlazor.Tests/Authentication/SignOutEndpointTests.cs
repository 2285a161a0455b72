using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class SignOutEndpointTests
{
    [Fact]
    public async Task SignOut_EndsTheLocalSessionAndTheLogtoSession_ThenLandsHomeWithANotice()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var idToken = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("id_token");
        var confirmation = await env.GoAsync("/sign-out");

        using var signOut = await PostAsync(env, new FormUrlEncodedContent(
            confirmation.Form("/sign-out").Fields.Select(f => KeyValuePair.Create<string?, string?>(f.Key, f.Value))));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.StartsWith(env.Logto.Endpoint.Issuer.AbsoluteUri + "/session/end?", endSession.AbsoluteUri);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bookstore.auth=;"));
        var query = OidcTestClient.Query(endSession);
        Assert.Equal(idToken, query["id_token_hint"]);
        Assert.Equal(new Uri(env.AppBase, "signed-out").AbsoluteUri, query["post_logout_redirect_uri"]);

        var home = await env.Browser.GoAsync(endSession);
        Assert.Equal("/?notice=signed-out", home.PathAndQuery);
        Assert.Equal("You are signed out of Bookstore and Logto.", home.Text("notice"));
        Assert.Equal(AppCallback.SignedOut, home.Text("auth-state"));
        // Logto's session really ended: signing in again asks at Kakao instead of coming straight back.
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, (await env.GoAsync("/sign-in/kakao")).Uri.AbsolutePath);
    }

    [SecurityCase(CatalogueArea.Csrf, "Sign-out posted without a valid antiforgery token",
        "400; the user stays signed in")]
    [Theory]
    [InlineData("")]
    [InlineData("__RequestVerificationToken=forged")]
    public async Task SignOut_WithoutAValidAntiforgeryToken_Returns400AndTheUserStaysSignedIn(string form)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        using var response = await PostAsync(env, new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be accepted", await response.Content.ReadAsStringAsync());
        await AssertStillSignedInAtBothEndsAsync(env);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task SignOut_WithoutAForm_Returns400EvenWhenAnonymous(string? contentType)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var content = new StringContent("{}");
        content.Headers.ContentType = contentType is null ? null : new(contentType);

        using var response = await PostAsync(env, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be accepted", await response.Content.ReadAsStringAsync());
    }

    [SecurityCase(CatalogueArea.Csrf, "`GET /sign-out` (a link or image an attacker plants)",
        "A confirmation page; nothing is signed out")]
    [Fact]
    public async Task SignOutPage_AsksForConfirmation_AndChangesNothing()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        using var page = await env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/sign-out")));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sign out of Bookstore?", html);
        Assert.Contains("method=\"post\" action=\"/sign-out\"", html);
        Assert.False(page.Headers.Contains("Set-Cookie") && page.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("bookstore.auth=;")));
        await AssertStillSignedInAtBothEndsAsync(env);
    }

    private static Task<HttpResponseMessage> PostAsync(EmulatorEnvironment env, HttpContent form) =>
        env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(env.AppBase, "/sign-out")) { Content = form });

    /// <summary>Still signed in to the app, and nothing was ended at Logto: the refresh token a sign-out revokes still works.</summary>
    private static async Task AssertStillSignedInAtBothEndsAsync(EmulatorEnvironment env)
    {
        var refreshToken = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!;
        Assert.True(await new OidcTestClient(env.Logto, env.Browser).IsActiveAsync(refreshToken));
        Assert.Contains("Welcome back", (await env.GoAsync("/")).Html);
    }
}
