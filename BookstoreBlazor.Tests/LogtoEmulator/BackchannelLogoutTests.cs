using System.Diagnostics;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator sends back-channel logout as Logto does, which OpenIddict itself does not.</summary>
public sealed class BackchannelLogoutTests
{
    private const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";

    [Fact]
    public async Task Discovery_AdvertisesBackchannelLogoutWithSessionIds()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        using var http = new HttpClient();

        var discovery = JsonNode.Parse(await http.GetStringAsync(probe.Url("oidc/.well-known/openid-configuration")))!;

        Assert.True(discovery["backchannel_logout_supported"]!.GetValue<bool>());
        Assert.True(discovery["backchannel_logout_session_supported"]!.GetValue<bool>());
    }

    [Fact]
    public async Task EndSession_PostsASignedLogoutTokenToTheAppsBackchannelUri()
    {
        await using var receiver = await LogoutReceiver.StartAsync();
        await using var probe = await EmulatorProbe.StartAsync();
        await probe.Logto.AllowAppAsync(receiver.BaseUri);
        var idToken = await SignInAsync(probe, probe.Client);

        var end = await EndSessionAsync(probe);
        var received = await receiver.NextAsync();

        Assert.Equal("http://app.test/signed-out", end.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", received.ContentType?.Split(';')[0]);
        var token = await ValidateAsync(probe, received.LogoutToken);
        Assert.Equal("logout+jwt", token.Typ);
        Assert.Equal("ES384", token.Alg);
        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, token.Issuer);
        Assert.Equal([probe.Logto.DefaultClient.ClientId], token.Audiences);
        Assert.Equal(idToken["sid"]!.GetValue<string>(), token.GetClaim("sid").Value);
        Assert.Equal(idToken["sub"]!.GetValue<string>(), token.Subject);
        Assert.InRange(token.IssuedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.False(string.IsNullOrEmpty(token.Id));
        var payload = OidcTestClient.Payload(received.LogoutToken);
        Assert.Equal("{}", payload["events"]![LogoutEvent]!.ToJsonString());
        Assert.Single(payload["events"]!.AsObject());
        // Logto's logout tokens (oidc-provider's) have neither a nonce nor an exp.
        Assert.False(payload.ContainsKey("nonce"));
        Assert.False(payload.ContainsKey("exp"));
    }

    [Fact]
    public async Task EndSession_ASlowApp_DoesNotHoldUpTheSignOut()
    {
        // The app never answers, and the emulator would wait for it far longer than this test runs: a sign-out that
        // comes back while the delivery is still open did not wait for the app.
        var deliveryTimeout = TimeSpan.FromMinutes(10);
        await using var receiver = await LogoutReceiver.StartAsync(holdAnswers: true);
        await using var probe = await EmulatorProbe.StartAsync(new() { BackchannelDeliveryTimeout = deliveryTimeout });
        await probe.Logto.AllowAppAsync(receiver.BaseUri);
        await SignInAsync(probe, probe.Client);

        var clock = Stopwatch.StartNew();
        var end = await EndSessionAsync(probe);
        clock.Stop();

        Assert.Equal("http://app.test/signed-out", end.Uri.AbsoluteUri);
        Assert.NotNull(await receiver.NextAsync());
        Assert.Equal(1, receiver.Unanswered);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, deliveryTimeout);
    }

    [Fact]
    public async Task EndUserSessions_EndsEverySessionOfTheUser_AndTellsTheConfiguredUri()
    {
        await using var receiver = await LogoutReceiver.StartAsync();
        var client = EmulatorClient.CreateDefault();
        client.BackchannelLogoutUris.Add(receiver.LogoutUri);
        await using var probe = await EmulatorProbe.StartAsync(new() { Clients = [client] });
        using var secondBrowser = new HttpBrowser();
        var first = await SignInAsync(probe, probe.Client);
        var second = await SignInAsync(probe, new OidcTestClient(probe.Logto, secondBrowser), secondBrowser);
        var userId = first["sub"]!.GetValue<string>();

        var ended = await probe.Logto.EndUserSessionsAsync(userId);
        var told = new[] { await receiver.NextAsync(), await receiver.NextAsync() }.Select(r => OidcTestClient.Payload(r.LogoutToken)).ToList();
        var nextSignIn = await probe.Client.AuthorizeAsync();

        Assert.Equal(2, ended);
        Assert.Equal(
            new[] { first["sid"]!.GetValue<string>(), second["sid"]!.GetValue<string>() }.Order(),
            told.Select(t => t["sid"]!.GetValue<string>()).Order());
        Assert.All(told, t => Assert.Equal(userId, t["sub"]!.GetValue<string>()));
        Assert.Equal("/sign-in", nextSignIn.Uri.AbsolutePath);
        Assert.Equal(0, await probe.Logto.EndUserSessionsAsync(userId));
    }

    /// <summary>Signs "reader" in through <paramref name="client"/>'s browser and returns the ID token's claims.</summary>
    private static async Task<JsonObject> SignInAsync(EmulatorProbe probe, OidcTestClient client, HttpBrowser? browser = null)
    {
        var signIn = await client.AuthorizeAsync();
        var callback = await (browser ?? probe.Browser).SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"),
            stopAt: OidcTestClient.IsCallback);
        var tokens = await client.RedeemAsync(callback.Uri);
        return OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>());
    }

    private static Uri EndSessionUrl(EmulatorProbe probe) =>
        new(QueryHelpers.AddQueryString(probe.Url("oidc/session/end").AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = probe.Logto.DefaultClient.ClientId,
            ["post_logout_redirect_uri"] = "http://app.test/signed-out",
        }));

    private static Task<BrowserPage> EndSessionAsync(EmulatorProbe probe) =>
        probe.Browser.GoAsync(EndSessionUrl(probe), OidcTestClient.IsCallback);

    /// <summary>Checks the signature against the emulator's published keys, as an app would.</summary>
    private static async Task<JsonWebToken> ValidateAsync(EmulatorProbe probe, string logoutToken)
    {
        using var http = new HttpClient();
        var keys = new JsonWebKeySet(await http.GetStringAsync(probe.Url("oidc/jwks")));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(logoutToken, new TokenValidationParameters
        {
            ValidIssuer = probe.Logto.Endpoint.Issuer.AbsoluteUri,
            ValidAudience = probe.Logto.DefaultClient.ClientId,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = ["ES384"],
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(keys.Keys.Single().Kid, token.Kid);
        return token;
    }
}
