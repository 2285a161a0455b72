using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static BookstoreBlazor.LogtoEmulator.Oidc.IdTokenFault;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator's ID-token faults: each token is genuine but for its one fault, and only at sign-in.</summary>
public sealed class IdTokenFaultTests
{
    [Theory]
    [InlineData(None)]
    [InlineData(UnknownSigningKey)]
    [InlineData(AlgNone)]
    [InlineData(HmacWithPublicKey)]
    [InlineData(WrongIssuer)]
    [InlineData(WrongAudience)]
    [InlineData(Expired)]
    [InlineData(NotYetValid)]
    [InlineData(WrongNonce)]
    [InlineData(MissingSubject)]
    public async Task TheIdTokenOfASignIn_HasExactlyItsFault(IdTokenFault fault)
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { IdTokenFault = fault });

        var idToken = (await TokenAndUserInfoTests.SignInWithKakaoAsync(probe, KakaoAccount.Tester))["id_token"]!.GetValue<string>();

        var header = OidcTestClient.Header(idToken);
        var claims = OidcTestClient.Payload(idToken);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Equal(fault switch { AlgNone => "none", HmacWithPublicKey => "HS256", _ => "ES384" }, header["alg"]!.GetValue<string>());
        Assert.Equal(fault is not (UnknownSigningKey or AlgNone or HmacWithPublicKey), await HasLogtosSignatureAsync(probe, idToken));
        Assert.Equal(fault == WrongIssuer ? "https://tenant.logto.example/oidc" : probe.Logto.Endpoint.Issuer.AbsoluteUri, claims["iss"]!.GetValue<string>());
        Assert.Equal(fault == WrongAudience ? "another-app" : probe.Logto.DefaultClient.ClientId, claims["aud"]!.GetValue<string>());
        Assert.Equal(fault == WrongNonce ? IdTokenForgery.ForeignNonce : "nonce-456", claims["nonce"]!.GetValue<string>());
        Assert.Equal(fault != MissingSubject, claims.ContainsKey("sub"));
        Assert.Equal(fault == Expired, claims["exp"]!.GetValue<long>() < now);
        Assert.Equal(fault == NotYetValid, claims["iat"]!.GetValue<long>() > now + 60);
        Assert.Equal(fault == NotYetValid, claims.ContainsKey("nbf") && claims["nbf"]!.GetValue<long>() > now + 60);
        Assert.Equal("카카오테스터", claims["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFault_LeavesTheIdTokenOfARefreshGenuine()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { IdTokenFault = AlgNone });
        var refreshToken = (await TokenAndUserInfoTests.SignInWithKakaoAsync(probe, KakaoAccount.Tester))["refresh_token"]!.GetValue<string>();

        var refreshed = await probe.Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

        Assert.True(await HasLogtosSignatureAsync(probe, refreshed["id_token"]!.GetValue<string>()));
    }

    /// <summary>Whether the token verifies against the emulator's published keys, with ES384, and nothing else checked.</summary>
    private static async Task<bool> HasLogtosSignatureAsync(EmulatorProbe probe, string token)
    {
        using var http = new HttpClient();
        var jwks = new JsonWebKeySet(await http.GetStringAsync(probe.Url("oidc/jwks")));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = ["ES384"],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        return result.IsValid;
    }
}
