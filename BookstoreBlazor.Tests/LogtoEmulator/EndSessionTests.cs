using System.Net;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>Ending the emulator's session redirects only to a post sign-out URI registered for the client.</summary>
public sealed class EndSessionTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task WithClientId_RedirectsToTheRegisteredUri_AndEndsTheSession()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var signIn = await probe.Client.AuthorizeAsync();
        await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);

        var end = await EndSessionAsync(probe, "http://app.test/signed-out", clientId: probe.Logto.DefaultClient.ClientId);
        var next = await probe.Client.AuthorizeAsync();

        Assert.Equal("http://app.test/signed-out?state=bye", end.Uri.AbsoluteUri);
        Assert.Equal("/sign-in", next.Uri.AbsolutePath);
    }

    [Fact]
    public async Task WithIdTokenHint_RedirectsToTheRegisteredUri()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var tokens = await TokenAndUserInfoTests.SignInWithKakaoAsync(probe, BookstoreBlazor.LogtoEmulator.Kakao.KakaoAccount.Tester);

        var end = await EndSessionAsync(probe, "http://app.test/signed-out", idTokenHint: tokens["id_token"]!.GetValue<string>());

        Assert.Equal("http://app.test/signed-out?state=bye", end.Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://evil.example/signed-out")]
    [InlineData("http://app.test/somewhere-else")]
    public async Task AnUnregisteredPostSignOutUri_IsRefused(string target)
    {
        await using var probe = emulator.NewProbe();

        var end = await EndSessionAsync(probe, target, clientId: probe.Logto.DefaultClient.ClientId);

        Assert.Equal(HttpStatusCode.BadRequest, end.Status);
        Assert.Equal(probe.Logto.Endpoint.BaseUri.Authority, end.Uri.Authority);
    }

    [Fact]
    public async Task WithoutARedirectUri_ShowsASignedOutPage()
    {
        await using var probe = emulator.NewProbe();

        var end = await probe.Browser.GoAsync(probe.Url("oidc/session/end"));

        Assert.Equal(HttpStatusCode.OK, end.Status);
        Assert.Equal("You are signed out", end.Text("message-title"));
    }

    private static Task<BrowserPage> EndSessionAsync(EmulatorProbe probe, string postLogoutRedirectUri, string? clientId = null, string? idTokenHint = null) =>
        probe.Browser.GoAsync(new Uri(QueryHelpers.AddQueryString(probe.Url("oidc/session/end").AbsoluteUri, new Dictionary<string, string?>
        {
            ["post_logout_redirect_uri"] = postLogoutRedirectUri,
            ["client_id"] = clientId,
            ["id_token_hint"] = idTokenHint,
            ["state"] = "bye",
        }.Where(p => p.Value is not null))), OidcTestClient.IsCallback);
}
