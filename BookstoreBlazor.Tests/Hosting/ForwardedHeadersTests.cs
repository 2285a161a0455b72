using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Tests.Hosting;

/// <summary>
/// The app behind a TLS-terminating proxy, on Kestrel over loopback: requests really come from 127.0.0.1 (or ::1), so
/// "the proxy" is a trusted address only when the settings say loopback is one. (The in-memory test server has no
/// client address, which the forwarded-headers middleware would take for a trusted first hop.)
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicHost = "books.example";
    private const string ClientAddress = "203.0.113.7";

    /// <summary>Loopback as the trusted proxy, one setting of each kind.</summary>
    private static readonly Dictionary<string, string?> LoopbackIsTheProxy = new()
    {
        ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
        ["ForwardedHeaders:KnownProxies:0"] = "::1",
    };

    [Fact]
    public async Task FromATrustedProxy_SignInSendsLogtoThePublicHttpsCallback_AndItsCookiesAreSecure()
    {
        await using var env = await StartAsync(LoopbackIsTheProxy);

        using var challenge = await SendAsync(env, HttpMethod.Get, "/sign-in/kakao", proto: "https", host: PublicHost);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal($"https://{PublicHost}/callback", OidcTestClient.Query(challenge.Headers.Location!)["redirect_uri"]);
        var cookies = SetCookies(challenge);
        Assert.NotEmpty(cookies);
        // The correlation and nonce cookies are Secure because the request counts as https, as any cookie set for it.
        Assert.All(cookies, cookie => Assert.True(cookie.Secure, $"{cookie.Name} is not Secure"));
    }

    [Fact]
    public async Task FromATrustedProxy_TheSessionsPageShowsTheClientsAddress_AndSignOutReturnsToThePublicHost()
    {
        await using var env = await StartAsync(LoopbackIsTheProxy);
        // The proxy appends the address it saw to whatever the client claimed; only the proxy's own entry is believed.
        env.Browser.AddHeader("X-Forwarded-For", "198.51.100.66, " + ClientAddress);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var sessions = await env.GoAsync("/sessions");
        var confirmation = await env.GoAsync("/sign-out");
        using var signOut = await SendAsync(env, HttpMethod.Post, "/sign-out", proto: "https", host: PublicHost,
            form: confirmation.Form("/sign-out").Fields);

        Assert.Equal(ClientAddress, sessions.Text("session-ip"));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal($"https://{PublicHost}/signed-out", OidcTestClient.Query(signOut.Headers.Location!)["post_logout_redirect_uri"]);
    }

    [SecurityCase(CatalogueArea.Hardening, "Forged `X-Forwarded-For`, `-Proto`, `-Host` from a sender that is not a configured proxy",
        "Ignored (none is trusted by default): the sessions page shows the connecting address, the redirect URI keeps the app's own scheme and host")]
    [Theory]
    [InlineData(null)]
    [InlineData("10.0.0.0/8")]
    public async Task FromAnUntrustedAddress_TheForwardedHeadersAreIgnored(string? trustedNetwork)
    {
        var settings = new Dictionary<string, string?>();
        if (trustedNetwork is not null)
            settings["ForwardedHeaders:KnownNetworks:0"] = trustedNetwork;
        await using var env = await StartAsync(settings);
        env.Browser.AddHeader("X-Forwarded-For", ClientAddress);
        env.Browser.AddHeader("X-Forwarded-Proto", "https");
        env.Browser.AddHeader("X-Forwarded-Host", PublicHost);

        using var challenge = await SendAsync(env, HttpMethod.Get, "/sign-in/kakao");
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var sessions = await env.GoAsync("/sessions");

        Assert.Equal(new Uri(env.AppBase, "/callback").AbsoluteUri, OidcTestClient.Query(challenge.Headers.Location!)["redirect_uri"]);
        Assert.All(SetCookies(challenge), cookie => Assert.False(cookie.Secure, $"{cookie.Name} is Secure on plain http"));
        var shownAddress = sessions.Text("session-ip");
        Assert.True(IPAddress.TryParse(shownAddress, out var address) && IPAddress.IsLoopback(address),
            $"The sessions page shows '{shownAddress}', not the loopback address the request came from.");
    }

    private static Task<EmulatorEnvironment> StartAsync(Dictionary<string, string?> settings) =>
        // Without PAR the redirect URI travels in the authorization URL, where the test reads it.
        EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = false }, settings);

    /// <summary>One request to the app, not followed, with what a TLS-terminating proxy adds to it.</summary>
    private static Task<HttpResponseMessage> SendAsync(EmulatorEnvironment env, HttpMethod method, string path,
        string? proto = null, string? host = null, IReadOnlyDictionary<string, string?>? form = null)
    {
        var request = new HttpRequestMessage(method, new Uri(env.AppBase, path));
        if (proto is not null)
            request.Headers.Add("X-Forwarded-Proto", proto);
        if (host is not null)
            request.Headers.Add("X-Forwarded-Host", host);
        if (form is not null)
            request.Content = new FormUrlEncodedContent(form.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!)));
        return env.Browser.SendAsync(request);
    }

    private static List<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()).ToList() : [];
}
