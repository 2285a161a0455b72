using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Validates ID tokens with their signature required. The OIDC handler waives the signature of an ID token that comes
/// from the token endpoint (OpenID Connect Core 3.1.3.7 lets TLS vouch for it instead), so an unsigned <c>alg: none</c>
/// token without <c>at_hash</c> would be accepted. Logto always signs its ID tokens, so one that is not signed is
/// refused, whichever way it came.
/// </summary>
internal sealed class SignedIdTokenHandler : JsonWebTokenHandler
{
    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var signatureRequired = validationParameters.Clone();
        signatureRequired.RequireSignedTokens = true;
        return base.ValidateTokenAsync(token, signatureRequired);
    }
}
