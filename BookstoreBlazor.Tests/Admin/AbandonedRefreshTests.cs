using System.Net;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>
/// Pages refresh sessions on behalf of callers that can go away (a closed tab's circuit, a prerendering request that
/// ends), and the admin pages refresh often to notice role changes. Logto rotates the refresh token as it answers, so
/// an answer nobody waits for would leave only the spent token behind.
/// </summary>
public sealed class AbandonedRefreshTests
{
    [SecurityCase(CatalogueArea.Tokens, "The caller of a refresh goes away while Logto is answering (a page closed, a request ended)",
        "The refresh completes and its rotated refresh token is saved; the next refresh does not replay the spent one, which would revoke the grant")]
    [Fact]
    public async Task ARefreshWhoseCallerGivesUp_StillCompletes_AndTheSessionKeepsRefreshing()
    {
        // Counts the user token's refreshes: without an API resource the profile asks for no API token of its own.
        await using var env = await AdminEnvironment.StartAsync(new Dictionary<string, string?> { ["Logto:ApiResource"] = "" });
        await env.SignInAsync("reader");
        var signedIn = await SavedTokens.ReadAsync(env);
        var refreshes = env.Logto.Statistics.RefreshTokenGrants;
        var requests = env.Logto.Statistics.Requests;
        env.Logto.Options.TokenResponseDelay = TimeSpan.FromSeconds(1);
        using var caller = new CancellationTokenSource();

        var checking = env.App.Services.GetRequiredService<SessionRefresher>().CheckAsync(signedIn.Principal.GetSessionId()!, caller.Token);
        await Eventually.TrueAsync(() => Task.FromResult(env.Logto.Statistics.Requests > requests), "The refresh reaching Logto");
        await caller.CancelAsync();
        var check = await checking;
        env.Logto.Options.TokenResponseDelay = TimeSpan.Zero;
        var profile = await env.GoAsync("/profile");

        Assert.Equal(SessionState.Refreshed, check.State);
        Assert.NotEqual(signedIn.Properties.GetTokenValue("refresh_token"), check.Ticket!.Properties.GetTokenValue("refresh_token"));
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal("Bookstore Reader", profile.Text("profile-name"));
        Assert.Equal(refreshes + 2, env.Logto.Statistics.RefreshTokenGrants);
    }
}
