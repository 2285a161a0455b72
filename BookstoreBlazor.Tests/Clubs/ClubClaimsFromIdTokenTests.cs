using System.Security.Claims;
using System.Security.Cryptography;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Sessions.Refresh;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Tests.Clubs;

/// <summary>
/// Logto puts <c>organizations</c> and <c>organization_roles</c> in the ID token as JSON arrays, as it does <c>roles</c>.
/// The app's ID-token handler (sign-in) and the refresh's principal both turn each element into its own claim, so the
/// clubs arrive the way the roles do, with no claim action of their own.
/// </summary>
public sealed class ClubClaimsFromIdTokenTests
{
    private static readonly ECDsaSecurityKey Key = new(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = "test-key" };

    private static string IdToken(object organizations, object organizationRoles) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://tenant.logto.app/oidc",
        Audience = "app",
        Claims = new Dictionary<string, object>
        {
            ["sub"] = "reader",
            ["roles"] = new[] { "admin" },
            [ClubClaims.Organizations] = organizations,
            [ClubClaims.OrganizationRoles] = organizationRoles,
        },
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.EcdsaSha384),
    });

    private static async Task<ClaimsPrincipal> SignedInWithAsync(string idToken)
    {
        var result = await new SignedIdTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = "https://tenant.logto.app/oidc",
            ValidAudience = "app",
            IssuerSigningKey = Key,
            ValidAlgorithms = LogtoOpenIdConnect.SigningAlgorithms,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return new ClaimsPrincipal(result.ClaimsIdentity);
    }

    [Fact]
    public async Task AtSignIn_EachArrayElement_IsOneClaim_AndReadsAsAClub()
    {
        var user = await SignedInWithAsync(IdToken(new[] { "abc123", "def456" }, new[] { "abc123:owner", "def456:member" }));

        Assert.Equal(["abc123", "def456"], user.FindAll(ClubClaims.Organizations).Select(c => c.Value));
        var clubs = ClubClaims.Read(user, "owner");
        Assert.Equal([("abc123", true), ("def456", false)], clubs.Select(c => (c.ClubId, c.IsOwner)));
        Assert.Equal(["admin"], user.GetRoles());
    }

    [Fact]
    public async Task AOneElementArray_IsOneClaim_NotJsonText()
    {
        var user = await SignedInWithAsync(IdToken(new[] { "abc123" }, new[] { "abc123:owner" }));

        Assert.Equal("abc123", Assert.Single(user.FindAll(ClubClaims.Organizations)).Value);
        Assert.True(Assert.Single(ClubClaims.Read(user, "owner")).IsOwner);
    }

    [Fact]
    public async Task AfterARefresh_TheNewIdTokensClubsReplaceTheOldOnes()
    {
        var before = await SignedInWithAsync(IdToken(new[] { "abc123", "def456" }, new[] { "abc123:owner" }));
        var refreshed = new JsonWebToken(IdToken(new[] { "def456" }, new[] { "def456:member" }));

        var after = RefreshedPrincipal.From(before, refreshed);

        var club = Assert.Single(ClubClaims.Read(after, "owner"));
        Assert.Equal(("def456", false), (club.ClubId, club.IsOwner));
    }
}
