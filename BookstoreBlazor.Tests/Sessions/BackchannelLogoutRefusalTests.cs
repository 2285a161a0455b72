using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// Anything but a genuine, fresh, unused logout token is refused with 400 and ends nothing. One signed-in browser is
/// shared by every case: each case first checks that it is still signed in.
/// </summary>
public sealed class BackchannelLogoutRefusalTests(BackchannelLogoutRefusalTests.SignedIn signedIn)
    : IClassFixture<BackchannelLogoutRefusalTests.SignedIn>
{
    [SecurityCase(CatalogueArea.BackchannelLogout, "Logout token signed by an unknown key (forged)",
        "400; no session ends")]
    [SecurityCase(CatalogueArea.BackchannelLogout, "Logout token with `alg: none` or HS256 keyed with Logto's public key",
        "400; no session ends")]
    [SecurityCase(CatalogueArea.BackchannelLogout, "Expired logout token (old `iat`, or `exp` passed)",
        "400; no session ends")]
    [SecurityCase(CatalogueArea.BackchannelLogout, "Logout token for another audience or from another issuer",
        "400; no session ends")]
    [SecurityCase(CatalogueArea.BackchannelLogout, "Logout token carrying a `nonce`",
        "400; no session ends")]
    [SecurityCase(CatalogueArea.BackchannelLogout, "Logout token without the back-channel event, `jti`, `sid`/`sub`, or with the wrong `typ`",
        "400; no session ends")]
    [Theory]
    [InlineData(LogoutTokenFault.UnknownKey)]
    [InlineData(LogoutTokenFault.WrongIssuer)]
    [InlineData(LogoutTokenFault.WrongAudience)]
    [InlineData(LogoutTokenFault.Expired)]
    [InlineData(LogoutTokenFault.ExpiryPassed)]
    [InlineData(LogoutTokenFault.IssuedInTheFuture)]
    [InlineData(LogoutTokenFault.MissingIssuedAt)]
    [InlineData(LogoutTokenFault.WithNonce)]
    [InlineData(LogoutTokenFault.MissingEvents)]
    [InlineData(LogoutTokenFault.EventNotAnObject)]
    [InlineData(LogoutTokenFault.NoSidNorSub)]
    [InlineData(LogoutTokenFault.MissingJti)]
    [InlineData(LogoutTokenFault.WrongType)]
    [InlineData(LogoutTokenFault.AlgNone)]
    [InlineData(LogoutTokenFault.HmacWithPublicKey)]
    public async Task AFaultyLogoutToken_IsRefused_AndTheSessionGoesOn(LogoutTokenFault fault)
    {
        await signedIn.AssertSignedInAsync();
        var token = signedIn.Env.Logto.CreateLogoutToken(fault, signedIn.ClientId, signedIn.Sid, signedIn.Sub);

        using var response = await BackchannelLogout.PostAsync(signedIn.Env, token);

        await AssertRefusedAsync(response);
        await signedIn.AssertSignedInAsync();
    }

    [SecurityCase(CatalogueArea.BackchannelLogout, "A genuine logout token delivered twice",
        "The replay gets 400")]
    [Fact]
    public async Task AReplayedLogoutToken_IsRefused()
    {
        // Names a Logto session this browser is not in, so the first (accepted) delivery ends nothing here.
        var token = signedIn.Env.Logto.CreateLogoutToken(LogoutTokenFault.None, signedIn.ClientId, "another-logto-session", signedIn.Sub);

        using var first = await BackchannelLogout.PostAsync(signedIn.Env, token);
        using var replay = await BackchannelLogout.PostAsync(signedIn.Env, token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertRefusedAsync(replay);
        await signedIn.AssertSignedInAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    public async Task AMissingOrMalformedLogoutToken_IsRefused(string? token)
    {
        using var response = await BackchannelLogout.PostAsync(signedIn.Env, token);

        await AssertRefusedAsync(response);
        await signedIn.AssertSignedInAsync();
    }

    [Fact]
    public async Task AGenuineTokenInTheQueryOfAGet_IsRefused()
    {
        var token = signedIn.Env.Logto.CreateLogoutToken(LogoutTokenFault.None, signedIn.ClientId, signedIn.Sid, signedIn.Sub);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(signedIn.Env.AppBase, "backchannel-logout?logout_token=" + token));

        await AssertRefusedAsync(response);
        await signedIn.AssertSignedInAsync();
    }

    [Fact]
    public async Task AGenuineTokenAsJson_IsRefused()
    {
        var token = signedIn.Env.Logto.CreateLogoutToken(LogoutTokenFault.None, signedIn.ClientId, signedIn.Sid, signedIn.Sub);
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(signedIn.Env.AppBase, "backchannel-logout"),
            new StringContent($$"""{"logout_token":"{{token}}"}""", System.Text.Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(response);
        await signedIn.AssertSignedInAsync();
    }

    [Fact]
    public async Task TwoLogoutTokenFields_AreRefused()
    {
        var token = signedIn.Env.Logto.CreateLogoutToken(LogoutTokenFault.None, signedIn.ClientId, signedIn.Sid, signedIn.Sub);
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(signedIn.Env.AppBase, "backchannel-logout"), new FormUrlEncodedContent(
            [KeyValuePair.Create("logout_token", token), KeyValuePair.Create("logout_token", token)]));

        await AssertRefusedAsync(response);
        await signedIn.AssertSignedInAsync();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"error":"invalid_request"}""", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    /// <summary>One Kakao sign-in in the app, and the Logto session and user it belongs to.</summary>
    public sealed class SignedIn : IAsyncLifetime
    {
        public EmulatorEnvironment Env { get; private set; } = null!;
        public string ClientId => Env.Logto.DefaultClient.ClientId;
        public string Sid { get; private set; } = "";
        public string Sub { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Env = await EmulatorEnvironment.StartAsync();
            await Env.SignInWithKakaoAsync(KakaoAccount.Tester);
            var principal = (await SavedTokens.ReadAsync(Env)).Principal;
            Sid = principal.FindFirst("sid")!.Value;
            Sub = principal.FindFirst("sub")!.Value;
        }

        /// <summary>The profile opens without a trip through sign-in.</summary>
        public async Task AssertSignedInAsync()
        {
            var profile = await Env.GoAsync("/profile");
            Assert.Equal(HttpStatusCode.OK, profile.Status);
            Assert.Empty(profile.Redirects);
            Assert.Equal(Env.AppBase.Authority, profile.Uri.Authority);
        }

        public async Task DisposeAsync() => await Env.DisposeAsync();
    }
}
