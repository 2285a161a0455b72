using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using static BookstoreBlazor.LogtoEmulator.BackchannelLogout.LogoutTokenFault;

namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>Logout tokens with one thing wrong each, for testing that a receiver refuses them.</summary>
internal sealed class LogoutTokenForgery(LogoutTokens tokens)
{
    public string Create(LogoutTokenFault fault, string clientId, string? sessionId, string? userId)
    {
        var claims = tokens.Claims(clientId, sessionId, userId);
        var now = (long)claims["iat"];
        var hour = (long)TimeSpan.FromHours(1).TotalSeconds;
        switch (fault)
        {
            case WrongIssuer: claims["iss"] = "https://tenant.logto.example/oidc"; break;
            case WrongAudience: claims["aud"] = "another-app"; break;
            case Expired: claims["iat"] = now - hour; break;
            case ExpiryPassed: claims["exp"] = now - hour; break;
            case IssuedInTheFuture: claims["iat"] = now + hour; break;
            case MissingIssuedAt: claims.Remove("iat"); break;
            case WithNonce: claims["nonce"] = "n-0S6_WzA2Mj"; break;
            case MissingEvents: claims.Remove("events"); break;
            case EventNotAnObject: claims["events"] = new Dictionary<string, object> { [LogoutTokens.Event] = "logout" }; break;
            case NoSidNorSub: claims.Remove("sid"); claims.Remove("sub"); break;
            case MissingJti: claims.Remove("jti"); break;
        }

        var genuine = tokens.SigningCredentials;
        return fault switch
        {
            UnknownKey => LogoutTokens.Sign(claims, new SigningCredentials(
                new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = genuine.Key.KeyId },
                SecurityAlgorithms.EcdsaSha384)),
            HmacWithPublicKey => LogoutTokens.Sign(claims, new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(((ECDsaSecurityKey)genuine.Key).ECDsa.ExportSubjectPublicKeyInfoPem()))
                    { KeyId = genuine.Key.KeyId },
                SecurityAlgorithms.HmacSha384)),
            WrongType => LogoutTokens.Sign(claims, genuine, type: "JWT"),
            AlgNone => Unsigned(claims),
            _ => LogoutTokens.Sign(claims, genuine),
        };
    }

    private static string Unsigned(Dictionary<string, object> claims) =>
        Segment(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = LogoutTokens.Type }) + "." + Segment(claims) + ".";

    private static string Segment(Dictionary<string, object> json) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(json));
}
