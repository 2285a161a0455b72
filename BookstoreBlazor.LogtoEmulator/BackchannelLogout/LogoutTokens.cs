using System.Security.Cryptography;
using BookstoreBlazor.LogtoEmulator.Signing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>Logout tokens as Logto sends them, signed with the key that signs its ID tokens.</summary>
internal sealed class LogoutTokens(IOptions<OpenIddictServerOptions> server, EmulatorEndpoint endpoint, TimeProvider clock)
{
    public const string Type = "logout+jwt";
    public const string Event = "http://schemas.openid.net/event/backchannel-logout";

    public SigningCredentials SigningCredentials => server.Value.SigningCredentials[0];

    public string Create(string clientId, string? sessionId, string? userId) =>
        JwtSigner.Sign(Claims(clientId, sessionId, userId), Type, SigningCredentials);

    /// <summary>
    /// The claims oidc-provider (the engine inside Logto) writes. It sets no <c>exp</c>, so a receiver has to bound a
    /// token's age by <c>iat</c>; the emulator does the same so an app that insists on <c>exp</c> fails here first.
    /// </summary>
    public Dictionary<string, object> Claims(string clientId, string? sessionId, string? userId)
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = endpoint.Issuer.AbsoluteUri,
            ["aud"] = clientId,
            ["iat"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(21)),
            ["events"] = new Dictionary<string, object> { [Event] = new Dictionary<string, object>() },
        };
        if (userId is not null)
            claims["sub"] = userId;
        if (sessionId is not null)
            claims["sid"] = sessionId;
        return claims;
    }
}
