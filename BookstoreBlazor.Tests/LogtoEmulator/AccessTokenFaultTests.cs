using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static BookstoreBlazor.LogtoEmulator.ResourceTokens.AccessTokenFault;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// <c>CreateAccessToken</c> for API tests: a genuine token is the same shape as an issued one, and each faulty token fails
/// an API's validation for its one fault: it passes once only the check that fault targets is turned off.
/// </summary>
public sealed class AccessTokenFaultTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task AGenuineToken_IsShapedLikeAnIssuedOne()
    {
        await using var probe = emulator.NewProbe();
        var issued = AccessToken(await RefreshAsync(probe, await SignInAsync(probe, "reader")));
        var subject = probe.Logto.Users.FindByIdentifier("reader")!.Id;

        var created = probe.Logto.CreateAccessToken(None, ApiIndicator, subject, "read:shelf write:shelf");

        Assert.True((await ValidateAsync(probe, created)).IsValid);
        Assert.Equal(OidcTestClient.Header(issued).Select(p => p.Key), OidcTestClient.Header(created).Select(p => p.Key));
        Assert.Equal(OidcTestClient.Header(issued)["kid"]!.GetValue<string>(), OidcTestClient.Header(created)["kid"]!.GetValue<string>());
        var issuedClaims = OidcTestClient.Payload(issued);
        var createdClaims = OidcTestClient.Payload(created);
        Assert.Equal(issuedClaims.Select(p => p.Key), createdClaims.Select(p => p.Key));
        foreach (var claim in new[] { "sub", "scope", "client_id", "iss", "aud" })
            Assert.Equal(issuedClaims[claim]!.GetValue<string>(), createdClaims[claim]!.GetValue<string>());
    }

    [Fact]
    public async Task AGenuineToken_CanNameAnotherClient_AndNoScope()
    {
        await using var probe = emulator.NewProbe();

        var created = probe.Logto.CreateAccessToken(None, ApiIndicator, "user12345678", "", clientId: "mobile-app");

        var claims = OidcTestClient.Payload(created);
        Assert.Equal("mobile-app", claims["client_id"]!.GetValue<string>());
        Assert.False(claims.ContainsKey("scope"));
        Assert.True((await ValidateAsync(probe, created)).IsValid);
    }

    [Theory]
    [InlineData(Expired, typeof(SecurityTokenExpiredException))]
    [InlineData(NotYetValid, typeof(SecurityTokenNotYetValidException))]
    [InlineData(WrongAudience, typeof(SecurityTokenInvalidAudienceException))]
    [InlineData(WrongIssuer, typeof(SecurityTokenInvalidIssuerException))]
    [InlineData(UnknownKey, typeof(SecurityTokenInvalidSignatureException))]
    [InlineData(AlgNone, typeof(SecurityTokenInvalidSignatureException))]
    [InlineData(HmacWithPublicKey, typeof(SecurityTokenInvalidSignatureException))]
    public async Task AFaultyToken_FailsForItsFault_AndOnlyForIt(AccessTokenFault fault, Type expected)
    {
        await using var probe = emulator.NewProbe();
        var token = probe.Logto.CreateAccessToken(fault, ApiIndicator, "user12345678", "read:shelf");
        var strict = await ApiValidationAsync(probe);

        var refused = await new JsonWebTokenHandler().ValidateTokenAsync(token, strict);
        var withoutThatCheck = await new JsonWebTokenHandler().ValidateTokenAsync(token, Relax(strict, fault));

        Assert.False(refused.IsValid);
        Assert.IsType(expected, refused.Exception);
        Assert.True(withoutThatCheck.IsValid, withoutThatCheck.Exception?.Message);
        Assert.Equal(fault switch { AlgNone => "none", HmacWithPublicKey => "HS256", _ => "ES384" },
            OidcTestClient.Header(token)["alg"]!.GetValue<string>());
        Assert.Equal("read:shelf", OidcTestClient.Payload(token)["scope"]!.GetValue<string>());
    }

    private static TokenValidationParameters Relax(TokenValidationParameters strict, AccessTokenFault fault)
    {
        var relaxed = strict.Clone();
        switch (fault)
        {
            case Expired or NotYetValid: relaxed.ValidateLifetime = false; break;
            case WrongAudience: relaxed.ValidateAudience = false; break;
            case WrongIssuer: relaxed.ValidateIssuer = false; break;
            default: relaxed.SignatureValidator = (token, _) => new JsonWebToken(token); break;
        }

        return relaxed;
    }
}
