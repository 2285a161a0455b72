using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>The user as a refreshed ID token describes them, keeping what Bookstore itself added.</summary>
internal static class RefreshedPrincipal
{
    /// <summary>Protocol claims describe the token, not the user; copying them would only grow the session.</summary>
    private static readonly HashSet<string> ProtocolClaims =
        ["nonce", "at_hash", "c_hash", "aud", "azp", "exp", "iat", "nbf", "iss", "jti"];

    public static ClaimsPrincipal From(ClaimsPrincipal current, JsonWebToken idToken)
    {
        var old = current.Identities.First();
        var identity = new ClaimsIdentity(old.AuthenticationType, old.NameClaimType, old.RoleClaimType);
        // The issuer stays as at sign-in: antiforgery binds its tokens to sub and sub's issuer, so a form rendered before
        // a refresh must still post after it.
        identity.AddClaims(idToken.Claims.Where(c => !ProtocolClaims.Contains(c.Type))
            .Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer)));
        // Linked identities (from userinfo) and the session id are Bookstore's own, not in any ID token.
        identity.AddClaims(old.Claims.Where(c => c.Type.StartsWith("bookstore:", StringComparison.Ordinal)).Select(c => c.Clone()));
        return new ClaimsPrincipal(identity);
    }
}
