using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class CallbackErrorTests
{
    [Fact]
    public async Task Callback_WhenTheUserCancelsKakaoConsent_ShowsAFriendlyPageWithTryAgain()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.NextError = "access_denied";

        var callback = await env.SignInAsync("/sign-in/kakao?returnUrl=%2Fprofile");
        var page = await env.Browser.GetAsync(callback.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("/sign-in-failed?reason=access_denied&returnUrl=%2Fprofile", callback.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sign-in did not complete", html);
        Assert.Contains("You cancelled signing in", html);
        Assert.Contains("href=\"/sign-in?returnUrl=%2Fprofile\"", html);
    }

    [Theory]
    [InlineData("server_error", "server_error")]
    [InlineData("temporarily_unavailable", "temporarily_unavailable")]
    [InlineData("login_required", "login_required")]
    [InlineData("consent_required", "consent_required")]
    [InlineData("invalid_request", "failed")]
    [InlineData("invalid_scope", "failed")]
    [InlineData("unauthorized_client", "failed")]
    public async Task Callback_WithALogtoError_LandsOnTheFailurePageWithAKnownReason(string error, string reason)
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.NextError = error;

        var callback = await env.SignInAsync();

        Assert.Equal($"/sign-in-failed?reason={reason}&returnUrl=%2F", callback.Headers.Location!.OriginalString);
    }

    [SecurityCase(CatalogueArea.Callback, "A callback with no pending sign-in (no correlation cookie, no or unknown `state`)",
        "Redirect to the friendly sign-in-failed page; no session, no error page")]
    [Theory]
    [InlineData("/callback?code=abc&state=not-a-state")]
    [InlineData("/callback?code=abc")]
    [InlineData("/callback?error=access_denied")]
    [InlineData("/callback")]
    public async Task Callback_WithNoPendingSignIn_IsAFriendlyFailureNotAnError(string url)
    {
        await using var env = await LogtoTestEnvironment.StartAsync();

        var callback = await env.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.StartsWith("/sign-in-failed?reason=", callback.Headers.Location!.OriginalString);
    }

    [SecurityCase(CatalogueArea.Content, "Text planted in the sign-in-failed link (`reason`, `error_description`)",
        "Only our own wording is shown; the link's text never reaches the page")]
    [Fact]
    public async Task FailurePage_NeverShowsTextFromTheLink()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();

        var html = await env.Browser.GetStringAsync("/sign-in-failed?reason=%3Cb%3Epwned%3C%2Fb%3E&returnUrl=https%3A%2F%2Fevil.example");

        Assert.DoesNotContain("pwned", html);
        Assert.DoesNotContain("evil.example", html);
        Assert.Contains("href=\"/sign-in\"", html);
    }
}
