using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>The start-up warm-up that keeps the first sign-in after a start as quick as the next ones.</summary>
public sealed class SignInWarmUpTests
{
    [Fact]
    public async Task AtStart_TheAppFetchesLogtosDiscovery_BeforeAnyRequest_AndTheFirstSignInUsesIt()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        // Nobody has asked the app for anything yet: whatever reached Logto came from the warm-up.
        Assert.Equal(1, env.Logto.Statistics.DiscoveryRequests);
        Assert.Null(env.Logto.AuthorizationRequests.LastPushed);
        var warmUp = Assert.Single(env.App.Logs.Lines, line => line.Contains("warmed up", StringComparison.Ordinal));
        Assert.True(warmUp.Contains("Sign-in warmed up", StringComparison.Ordinal), warmUp);

        using var signIn = await env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/sign-in/kakao")));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith(env.Logto.Endpoint.Issuer.AbsoluteUri + "/auth?", signIn.Headers.Location!.AbsoluteUri);
        Assert.NotNull(env.Logto.AuthorizationRequests.LastPushed);
        Assert.Equal(1, env.Logto.Statistics.DiscoveryRequests);
    }

    [Fact]
    public async Task WithLogtoUnreachable_TheAppStillStarts_SaysItWasNotWarmedUp_AndTheFirstSignInAsksLogtoAgain()
    {
        await using var app = new BookstoreAppFactory(UnreachableLogto.Endpoint());
        using var browser = app.CreateBrowser();

        var home = await browser.GetAsync("/");
        var signIn = await browser.GetAsync("/sign-in/kakao");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
                                                && line.Contains("Sign-in was not warmed up", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("Sign-in warmed up", StringComparison.Ordinal));
        // A failed warm-up leaves nothing behind that would stop the sign-in from trying Logto itself.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.Contains("Logto could not be reached during sign-in", StringComparison.Ordinal));
    }
}
