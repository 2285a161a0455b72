using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.BookstoreApi;

/// <summary>The web app's own API token: asked for the way Logto's SDKs do, kept in the session, never in the browser.</summary>
public sealed class SessionApiTokenTests
{
    [Fact]
    public async Task SignIn_AsksForTheResource_AndTheProfileShowsWhatTheReadersRoleGrants()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var profile = await env.GoAsync("/profile");

        var request = env.Logto.AuthorizationRequests.LastPushed ?? env.Logto.AuthorizationRequests.LastAuthorization!;
        Assert.Contains(EmulatorApiResource.DefaultIndicator, request["resource"].Split(' '));
        Assert.Contains("read:shelf", request["scope"].Split(' '));
        Assert.Equal(EmulatorApiResource.DefaultIndicator, profile.Text("api-resource"));
        // A Kakao user gets the tenant's default role, reader, whose permissions are the shelf's.
        Assert.Equal(["read:shelf", "write:shelf"], profile.Document.QuerySelectorAll("[data-testid=api-scopes] .mud-chip").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Api, "The web app's own API token reaching the browser",
        "Never: it is fetched server-side (refresh grant with `resource`) and kept in the session; no page, cookie or header carries it")]
    public async Task TheApiToken_StaysInTheSession_WorksAgainstTheApi_AndNeverReachesTheBrowser()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var profile = await env.GoAsync("/profile");

        var ticket = await SavedTokens.ReadAsync(env);
        var token = ticket.Properties.GetTokenValue("api_access_token")!;
        Assert.StartsWith("ey", token);
        Assert.DoesNotContain(token, profile.Html);
        Assert.DoesNotContain(env.Browser.Cookies.GetAllCookies(), c => c.Value.Contains(token[..40]));

        using var api = new ApiClient(env.AppBase, token);
        using var shelf = await api.GetAsync("/api/shelf");
        Assert.Equal(HttpStatusCode.OK, shelf.StatusCode);
    }

    [Fact]
    public async Task ManyConcurrentAsks_FetchTheApiTokenOnce_AndTheGrantSurvives()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var sessionId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst(SessionClaimTypes.SessionId)!.Value;
        var refresher = env.App.Services.GetRequiredService<SessionRefresher>();
        var grantsBefore = env.Logto.Statistics.RefreshTokenGrants;

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => refresher.GetApiAccessTokenAsync(sessionId, CancellationToken.None))));

        // Each refresh rotates the one refresh token, and Logto revokes the grant when a rotated one comes back:
        // parallel fetches would sign the user out.
        Assert.Equal(grantsBefore + 1, env.Logto.Statistics.RefreshTokenGrants);
        Assert.Single(tokens.Distinct());
        Assert.NotNull(tokens[0]);
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Csrf, "A form rendered before a token refresh, posted after it",
        "Accepted: the refreshed user keeps the claim antiforgery is bound to (`sub` and its issuer); a foreign token still is not")]
    public async Task AFormRenderedBeforeARefresh_StillPostsAfterIt()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var confirmation = await env.GoAsync("/sign-out");
        var sessionId = (await SavedTokens.ReadAsync(env)).Principal.FindFirst(SessionClaimTypes.SessionId)!.Value;
        // The API token's refresh grant returns a new ID token, from which the session's user is rebuilt.
        Assert.NotNull(await env.App.Services.GetRequiredService<SessionRefresher>().GetApiAccessTokenAsync(sessionId, CancellationToken.None));

        var signedOut = await env.Browser.SubmitAsync(confirmation, action: "/sign-out");

        Assert.Equal("/?notice=signed-out", signedOut.Uri.PathAndQuery);
    }

    [Fact]
    public async Task ATenantWithoutTheResource_KeepsTheSession_AndTheProfileSaysNoTokenCameBack()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Logto:ApiResource"] = EmulatorApiResource.DefaultIndicator,
        });
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        // The resource is deleted in Logto Console after sign-in: the next resource grant is refused with invalid_target.
        env.Logto.Options.ApiResources.Clear();

        var profile = await env.GoAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.True(profile.Has("api-access-unavailable"));
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }
}
