using BookstoreBlazor.LogtoEmulator.Clients;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// One pushed authorization request to itself at start, accepted, so the code on that path (client authentication,
/// the request token and its storage) is compiled before an app's first sign-in: on a busy machine the first push took
/// about 0.7–1 s inside the emulator, the largest part of the first redirect once the app warms itself up (README
/// "Performance"). A refused request does not reach that code, so the push is made for a client of its own that is
/// removed again (with the request it stored) and forgotten by the statistics and the request log.
/// </summary>
internal static class PushedRequestWarmUp
{
    private static readonly Uri NowhereCallback = new("http://127.0.0.1/emulator-warm-up/callback");

    public static async Task RunAsync(LogtoEmulatorHost emulator, CancellationToken cancellationToken)
    {
        var client = new EmulatorClient
        {
            ClientId = "emulator-warm-up-" + Guid.NewGuid().ToString("N"),
            ClientSecret = EmulatorClient.NewSecret(),
            RedirectUris = [NowhereCallback],
        };
        var registry = emulator.Services.GetRequiredService<ClientRegistry>();
        await registry.RegisterAsync(client, cancellationToken);
        try
        {
            using var http = new HttpClient();
            using var pushed = await http.PostAsync(emulator.Endpoint.Resolve(OidcServerSetup.PushedAuthorization), new FormUrlEncodedContent(
            [
                KeyValuePair.Create("client_id", client.ClientId),
                KeyValuePair.Create("client_secret", client.ClientSecret),
                KeyValuePair.Create("response_type", "code"),
                KeyValuePair.Create("scope", "openid profile offline_access"),
                KeyValuePair.Create("redirect_uri", NowhereCallback.AbsoluteUri),
                KeyValuePair.Create("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
                KeyValuePair.Create("code_challenge_method", "S256"),
                KeyValuePair.Create("state", "warm-up"),
                KeyValuePair.Create("nonce", "warm-up"),
            ]), cancellationToken);
        }
        finally
        {
            await registry.RemoveAsync(client.ClientId, cancellationToken);
            emulator.Statistics.Forget(requests: 1);
            emulator.AuthorizationRequests.ForgetPushed();
        }
    }
}
