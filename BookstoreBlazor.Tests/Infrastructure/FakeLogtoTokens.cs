using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Signs ID tokens the way Logto does: ES384 with an EC P-384 key published in the JWKS.</summary>
public sealed class FakeLogtoTokens
{
    private readonly ECDsaSecurityKey _key = NewKey("logto-test-key");

    public JsonObject Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(_key);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "EC", ["use"] = "sig", ["kid"] = jwk.Kid, ["alg"] = "ES384",
                ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y,
            }),
        };
    }

    public string IdToken(string issuer, string clientId, string nonce, FakeLogtoUser user)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = UserClaims(user);
        payload["auth_time"] = now.ToUnixTimeSeconds();
        payload["nonce"] = nonce;
        payload["sid"] = "sid-" + Guid.NewGuid().ToString("N")[..12];
        payload["aud"] = clientId;
        payload["iat"] = now.ToUnixTimeSeconds();
        payload["exp"] = now.AddHours(1).ToUnixTimeSeconds();
        payload["iss"] = issuer;
        return new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha384));
    }

    /// <summary>The user's claims that both the ID token and userinfo carry.</summary>
    public static JsonObject UserClaims(FakeLogtoUser user) => new()
    {
        ["sub"] = user.Sub,
        ["name"] = user.Name,
        ["picture"] = user.Picture,
        ["username"] = user.Username,
        ["email"] = user.Email,
        ["email_verified"] = user.Email is not null,
        ["roles"] = new JsonArray(user.Roles.Select(r => (JsonNode)r).ToArray()),
    };

    private static ECDsaSecurityKey NewKey(string kid) =>
        new(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = kid };
}
