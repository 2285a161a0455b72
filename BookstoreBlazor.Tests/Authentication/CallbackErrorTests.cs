using System.Net;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>
/// What the callback does when Logto answers with <c>error=</c>, or when nothing was pending: always the friendly page.
/// Each case uses a fresh browser against one shared emulator and app.
/// </summary>
public sealed class CallbackErrorTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    [Fact]
    public async Task Callback_WhenLogtoSaysAccessDenied_ShowsAFriendlyPageWithTryAgain()
    {
        using var browser = new HttpBrowser();

        var page = await SignInAnsweredWithAsync("access_denied", browser, "/sign-in/kakao?returnUrl=%2Fprofile");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/sign-in-failed?reason=access_denied&returnUrl=%2Fprofile", page.PathAndQuery);
        Assert.Contains("Sign-in did not complete", page.Html);
        Assert.Contains("You cancelled signing in", page.Text("failure-reason"));
        Assert.Contains("href=\"/sign-in?returnUrl=%2Fprofile\"", page.Html);
    }

    [SecurityCase(CatalogueArea.Callback, "`error=` responses of every kind Logto sends (and one it might send one day)",
        "The friendly sign-in-failed page with a known reason (anything else: a generic one); not signed in; no session stored")]
    [Theory]
    [InlineData("access_denied", "access_denied")]
    [InlineData("login_required", "login_required")]
    [InlineData("consent_required", "consent_required")]
    [InlineData("interaction_required", "interaction_required")]
    [InlineData("server_error", "server_error")]
    [InlineData("temporarily_unavailable", "temporarily_unavailable")]
    [InlineData("invalid_request", "failed")]
    [InlineData("invalid_scope", "failed")]
    [InlineData("invalid_target", "failed")]
    [InlineData("unauthorized_client", "failed")]
    [InlineData("unsupported_response_type", "failed")]
    [InlineData("a_future_error", "failed")]
    public async Task Callback_WithALogtoError_LandsOnTheFailurePageWithAKnownReason(string error, string reason)
    {
        var sessionsBefore = await SessionRows.CountAsync(shared.Env);
        using var browser = new HttpBrowser();

        var page = await SignInAnsweredWithAsync(error, browser);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"/sign-in-failed?reason={reason}&returnUrl=%2F", page.PathAndQuery);
        Assert.Contains(page.Redirects, url => url.AbsolutePath == "/callback" && url.Query.Contains("error=" + error));
        Assert.Equal(AppCallback.SignedOut, await shared.Env.AuthStateAsync(browser));
        Assert.Equal(sessionsBefore, await SessionRows.CountAsync(shared.Env));
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
        using var browser = new HttpBrowser();

        var page = await browser.GoAsync(new Uri(shared.Env.AppBase, url));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.StartsWith("?reason=", page.Uri.Query);
        Assert.Equal(AppCallback.SignedOut, await shared.Env.AuthStateAsync(browser));
    }

    [SecurityCase(CatalogueArea.Content, "Text planted in the sign-in-failed link (`reason`, `error_description`)",
        "Only our own wording is shown; the link's text never reaches the page")]
    [Fact]
    public async Task FailurePage_NeverShowsTextFromTheLink()
    {
        using var browser = new HttpBrowser();

        var page = await browser.GoAsync(new Uri(shared.Env.AppBase,
            "/sign-in-failed?reason=%3Cb%3Epwned%3C%2Fb%3E&returnUrl=https%3A%2F%2Fevil.example"));

        Assert.DoesNotContain("pwned", page.Html);
        Assert.DoesNotContain("evil.example", page.Html);
        Assert.Contains("href=\"/sign-in\"", page.Html);
    }

    /// <summary>A sign-in from <paramref name="start"/> that the emulator answers with <paramref name="error"/>.</summary>
    private async Task<BrowserPage> SignInAnsweredWithAsync(string error, HttpBrowser browser, string start = "/sign-in")
    {
        shared.Env.Logto.Options.AuthorizationError = error;
        try
        {
            return await browser.GoAsync(new Uri(shared.Env.AppBase, start));
        }
        finally
        {
            shared.Env.Logto.Options.AuthorizationError = null;
        }
    }
}
