using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>Kakao's side of Kakao Login: one-time authorization codes and the access tokens they buy.</summary>
internal sealed class KakaoSimulator(KakaoSimulatorOptions options, EmulatorEndpoint endpoint, TimeProvider clock)
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new();
    private readonly ConcurrentDictionary<string, Grant> _accessTokens = new();

    public KakaoSimulatorOptions Options => options;

    /// <summary>Kakao only redirects to URIs registered for the app: here, the emulator's Kakao connector callback.</summary>
    public Uri RegisteredRedirectUri => endpoint.Resolve(KakaoRoutes.ConnectorCallback);

    public Uri ImageBase => endpoint.Resolve(KakaoRoutes.Images + "/");

    public KakaoAccount? FindAccount(long id) => options.Accounts.FirstOrDefault(a => a.Id == id);

    public bool IsKnownClient(string? clientId, string? redirectUri) =>
        clientId == options.RestApiKey && redirectUri == RegisteredRedirectUri.AbsoluteUri;

    public string IssueCode(KakaoAccount account, string redirectUri, bool emailShared)
    {
        var code = RandomToken();
        _codes[code] = new IssuedCode(new Grant(account, emailShared), redirectUri, clock.GetUtcNow() + CodeLifetime);
        return code;
    }

    /// <summary>An access token for a code, once; null for an unknown, used, expired or mismatched code.</summary>
    public string? RedeemCode(string code, string? clientId, string? clientSecret, string? redirectUri)
    {
        if (!_codes.TryRemove(code, out var issued) || issued.ExpiresAt < clock.GetUtcNow() ||
            clientId != options.RestApiKey || clientSecret != options.ClientSecret || redirectUri != issued.RedirectUri)
        {
            return null;
        }

        var accessToken = RandomToken();
        _accessTokens[accessToken] = issued.Grant;
        return accessToken;
    }

    public Grant? FindGrant(string accessToken) => _accessTokens.GetValueOrDefault(accessToken);

    private static string RandomToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private sealed record IssuedCode(Grant Grant, string RedirectUri, DateTimeOffset ExpiresAt);

    internal sealed record Grant(KakaoAccount Account, bool EmailShared);
}
