using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
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
        await using var app = new BookstoreAppFactory(FakeLogto.UnreachableEndpoint());
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
        await using var app = new BookstoreAppFactory(FakeLogto.UnreachableEndpoint());
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
        await using var env = await LogtoTestEnvironment.StartAsync();
        var callbackUrl = await SignInFlow.AuthorizeAsync(env.Browser);
        await env.Logto.DisposeAsync();

        var callback = await env.Browser.GetAsync(callbackUrl);

        Assert.StartsWith("/sign-in-failed?reason=unreachable", callback.Headers.Location!.OriginalString);
    }

    [SecurityCase(CatalogueArea.Faults, "Logto down during sign-out",
        "The local session still ends and the user is told Logto was not reached")]
    [Fact]
    public async Task SignOut_WhenLogtoIsDown_StillEndsTheLocalSession_AndSaysSo()
    {
        var cookies = new CookieContainer();
        var sharedDatabase = BookstoreAppFactory.NewDatabase();
        await using var logto = await FakeLogto.StartAsync();
        await using var appWithLogto = new BookstoreAppFactory(logto.Endpoint, sharedDatabase);
        await using var appWithLogtoDown = new BookstoreAppFactory(FakeLogto.UnreachableEndpoint(), sharedDatabase);
        using var browser = appWithLogto.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var sameBrowserAfterOutage = appWithLogtoDown.CreateDefaultClient(new CookieContainerHandler(cookies));
        await SignInFlow.SignInAsync(browser);
        var token = await SignInFlow.AntiforgeryTokenAsync(sameBrowserAfterOutage, "/sign-out");

        var signOut = await sameBrowserAfterOutage.PostAsync("/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var home = await sameBrowserAfterOutage.GetStringAsync(signOut.Headers.Location!.OriginalString);

        Assert.Equal("/?notice=signed-out-locally", signOut.Headers.Location.OriginalString);
        Assert.Contains("Logto could not be reached, so your Logto session may still be active.", home);
        Assert.Contains("You are not signed in", home);
    }
}
