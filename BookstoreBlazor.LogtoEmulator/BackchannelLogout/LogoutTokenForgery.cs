using BookstoreBlazor.LogtoEmulator.Signing;
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
            case WrongIssuer: claims["iss"] = ForgedClaims.ForeignIssuer; break;
            case WrongAudience: claims["aud"] = ForgedClaims.ForeignAudience; break;
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

        var type = fault == WrongType ? "JWT" : LogoutTokens.Type;
        return JwtSigner.Sign(claims, type, tokens.SigningCredentials, fault switch
        {
            UnknownKey => SignatureForgery.UnknownKey,
            AlgNone => SignatureForgery.AlgNone,
            HmacWithPublicKey => SignatureForgery.HmacWithPublicKey,
            _ => SignatureForgery.None,
        });
    }
}
