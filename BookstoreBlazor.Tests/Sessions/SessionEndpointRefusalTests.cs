using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.Sessions.SessionsWalk;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// What the session endpoints refuse: a post without a form or a valid antiforgery token, someone else's session, this
/// device's own session, a signed-out caller. Each refusal changes nothing.
/// </summary>
public sealed class SessionEndpointRefusalTests
{
    [SecurityCase(CatalogueArea.Csrf, "Session revocation posted without a valid antiforgery token",
        "400; every session survives")]
    [Fact]
    public async Task WithoutAValidAntiforgeryToken_Returns400_AndNothingChanges()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        var (laptopId, phoneId) = await SignInOnBothAsync(env, phone);

        foreach (var path in new[] { Revoke(phoneId), RevokeOthers })
        foreach (var token in new[] { null, "forged" })
        {
            var response = await env.Browser.PostFormAsync(env, path, new Dictionary<string, string?> { ["__RequestVerificationToken"] = token });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("That request could not be accepted", await response.Content.ReadAsStringAsync());
        }

        await AssertBothUnchangedAsync(env, phone, laptopId, phoneId);
    }

    [Fact]
    public async Task WithoutAForm_Returns400_EvenWithAValidTokenInTheHeader_AndNothingChanges()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        var (laptopId, phoneId) = await SignInOnBothAsync(env, phone);
        var token = (await env.Browser.AntiforgeryFieldsAsync(env))["__RequestVerificationToken"];

        foreach (var path in new[] { Revoke(phoneId), RevokeOthers })
        foreach (var contentType in new[] { null, "text/plain", "application/json" })
        {
            var content = new StringContent("{}");
            content.Headers.ContentType = contentType is null ? null : new(contentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(env.AppBase, path)) { Content = content };
            request.Headers.Add("RequestVerificationToken", token);

            var response = await env.Browser.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await AssertBothUnchangedAsync(env, phone, laptopId, phoneId);
    }

    [SecurityCase(CatalogueArea.Csrf, "Revoking another user's session by its id",
        "404; that session survives")]
    [Fact]
    public async Task AnotherUsersOrAnUnknownSessionId_Returns404_AndNothingChanges()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var stranger = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await stranger.SignInWithKakaoAsync(env, KakaoAccount.WithoutEmail);
        var strangerId = await stranger.CurrentSessionIdAsync(env);
        var ownId = await env.Browser.CurrentSessionIdAsync(env);
        var fields = await env.Browser.AntiforgeryFieldsAsync(env);

        var someoneElses = await env.Browser.PostFormAsync(env, Revoke(strangerId), fields);
        var unknown = await env.Browser.PostFormAsync(env, Revoke("no-such-session"), fields);

        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(strangerId, await stranger.CurrentSessionIdAsync(env));
        Assert.Equal(ownId, await env.Browser.CurrentSessionIdAsync(env));
    }

    [Fact]
    public async Task SigningOutThisDeviceThroughRevoke_Returns400_AndStaysSignedIn()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var phone = new HttpBrowser();
        var (laptopId, phoneId) = await SignInOnBothAsync(env, phone);
        var page = await env.Browser.OpenSessionsAsync(env);
        Assert.Throws<InvalidOperationException>(() => page.Form(Revoke(laptopId)));

        var response = await env.Browser.PostFormAsync(env, Revoke(laptopId), page.Form(RevokeOthers).Fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertBothUnchangedAsync(env, phone, laptopId, phoneId);
    }

    [Fact]
    public async Task SignedOut_WithAnAnonymousToken_IsSentToSignIn_AndNothingChanges()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var anonymous = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        var victimId = await env.Browser.CurrentSessionIdAsync(env);
        var fields = AnonymousAntiforgery(env, anonymous);

        var response = await anonymous.PostFormAsync(env, Revoke(victimId), fields);
        var others = await anonymous.PostFormAsync(env, RevokeOthers, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fsessions", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, others.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fsessions", others.Headers.Location?.OriginalString);
        Assert.Equal(victimId, await env.Browser.CurrentSessionIdAsync(env));
    }

    private static async Task<(string LaptopId, string PhoneId)> SignInOnBothAsync(EmulatorEnvironment env, HttpBrowser phone)
    {
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        return (await env.Browser.CurrentSessionIdAsync(env), await phone.CurrentSessionIdAsync(env));
    }

    // Checked on home first: the sessions page would sign a signed-out browser in again, silently, through Logto.
    private static async Task AssertBothUnchangedAsync(EmulatorEnvironment env, HttpBrowser phone, string laptopId, string phoneId)
    {
        Assert.True(await phone.IsSignedInAsync(env));
        Assert.True(await env.Browser.IsSignedInAsync(env));
        Assert.Equal(phoneId, await phone.CurrentSessionIdAsync(env));
        var rows = Rows(await env.Browser.OpenSessionsAsync(env));
        Assert.Equal([laptopId, phoneId], rows.Select(r => r.Id));
    }

    /// <summary>A valid token pair for a signed-out browser, as the app would hand one to any anonymous form.</summary>
    private static Dictionary<string, string?> AnonymousAntiforgery(EmulatorEnvironment env, HttpBrowser browser)
    {
        var context = new DefaultHttpContext { RequestServices = env.App.Services };
        var tokens = env.App.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        browser.Cookies.SetCookies(env.AppBase, context.Response.Headers.SetCookie.ToString());
        return new() { [tokens.FormFieldName] = tokens.RequestToken };
    }
}
