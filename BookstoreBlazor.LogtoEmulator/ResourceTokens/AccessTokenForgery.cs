using BookstoreBlazor.LogtoEmulator.Signing;
using static BookstoreBlazor.LogtoEmulator.ResourceTokens.AccessTokenFault;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>Resource access tokens for testing an API: genuine, or with one thing wrong each.</summary>
internal sealed class AccessTokenForgery(ResourceAccessTokens tokens, LogtoEmulatorOptions options, TimeProvider clock)
{
    public string Create(AccessTokenFault fault, string resource, string subject, string scope, string clientId)
    {
        var now = clock.GetUtcNow();
        var scopes = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var claims = tokens.Claims(resource, subject, clientId, scopes, now, now + options.AccessTokenLifetime);
        var iat = now.ToUnixTimeSeconds();
        var hour = (long)TimeSpan.FromHours(1).TotalSeconds;
        switch (fault)
        {
            case Expired: claims["iat"] = iat - 2 * hour; claims["exp"] = iat - hour; break;
            case WrongAudience: claims["aud"] = ForgedClaims.ForeignResource; break;
            case WrongIssuer: claims["iss"] = ForgedClaims.ForeignIssuer; break;
            // Logto's tokens carry no nbf; a validator that ignores iat needs one to see the token is not valid yet.
            case NotYetValid: claims["iat"] = iat + hour; claims["nbf"] = iat + hour; claims["exp"] = iat + 2 * hour; break;
        }

        return JwtSigner.Sign(claims, ResourceAccessTokens.Type, tokens.SigningCredentials, fault switch
        {
            UnknownKey => SignatureForgery.UnknownKey,
            AlgNone => SignatureForgery.AlgNone,
            HmacWithPublicKey => SignatureForgery.HmacWithPublicKey,
            _ => SignatureForgery.None,
        });
    }
}
