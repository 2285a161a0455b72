using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.LogtoEmulator.Signing;

/// <summary>Signs the tokens the emulator writes itself (logout tokens, forged test tokens), genuinely or not.</summary>
internal static class JwtSigner
{
    public static string Sign(IDictionary<string, object> claims, string type, SigningCredentials genuine,
        SignatureForgery forgery = SignatureForgery.None) => forgery switch
    {
        SignatureForgery.None => Create(claims, type, genuine),
        SignatureForgery.UnknownKey => Create(claims, type, new SigningCredentials(
            new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = genuine.Key.KeyId },
            SecurityAlgorithms.EcdsaSha384)),
        SignatureForgery.HmacWithPublicKey => Create(claims, type, new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(((ECDsaSecurityKey)genuine.Key).ECDsa.ExportSubjectPublicKeyInfoPem()))
                { KeyId = genuine.Key.KeyId },
            SecurityAlgorithms.HmacSha256)),
        SignatureForgery.AlgNone => Unsigned(claims, type),
        _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
    };

    /// <summary>The claims of a token as JSON values, to change one and sign it again.</summary>
    public static Dictionary<string, object> ReadClaims(string jwt) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(new JsonWebToken(jwt).EncodedPayload))!
            .ToDictionary(claim => claim.Key, claim => (object)claim.Value);

    private static string Create(IDictionary<string, object> claims, string type, SigningCredentials credentials) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = credentials,
            TokenType = type,
        });

    private static string Unsigned(IDictionary<string, object> claims, string type) =>
        Segment(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = type }) + "." + Segment(claims) + ".";

    private static string Segment(IDictionary<string, object> json) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(json));
}
