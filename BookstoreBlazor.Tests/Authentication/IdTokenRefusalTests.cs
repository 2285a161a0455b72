using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>
/// The ID token of a sign-in with exactly one thing wrong, made by the emulator: the app refuses each, for that reason,
/// and keeps nothing. Each case signs in with a fresh browser against one shared emulator and app.
/// </summary>
public sealed class IdTokenRefusalTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private const string Refused = "The sign-in fails on the friendly page (`reason=failed`); not signed in; no session stored";

    [SecurityCase(CatalogueArea.Tokens, "ID token signed by a key Logto does not publish (forged, claiming Logto's key id)", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token with `alg: none` and no signature", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token signed HS256 with Logto's public key as the secret (algorithm confusion)", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token from another issuer", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token for another audience (another app)", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "Expired ID token", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token not valid yet (`nbf`/`iat` an hour ahead)", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token whose `nonce` is not this sign-in's", Refused)]
    [SecurityCase(CatalogueArea.Tokens, "ID token without `sub`", Refused)]
    [Theory]
    // The second value is the cause the app logs (IdentityModel's message id), so each case is refused for its own fault.
    [InlineData(IdTokenFault.UnknownSigningKey, "IDX10511")] // signature validation failed
    [InlineData(IdTokenFault.AlgNone, "IDX10504")] // the token has no signature
    [InlineData(IdTokenFault.HmacWithPublicKey, "IDX10511")]
    [InlineData(IdTokenFault.WrongIssuer, "IDX10205")]
    [InlineData(IdTokenFault.WrongAudience, "IDX10214")]
    [InlineData(IdTokenFault.Expired, "IDX10223")]
    [InlineData(IdTokenFault.NotYetValid, "IDX10222")]
    [InlineData(IdTokenFault.WrongNonce, "IDX21323")] // no nonce cookie of this browser matches the token's nonce
    [InlineData(IdTokenFault.MissingSubject, "IDX21314")]
    public async Task ASignIn_WithAFaultyIdToken_IsRefused_AndLeavesNoSession(IdTokenFault fault, string cause)
    {
        var env = shared.Env;
        var logsBefore = env.App.Logs.Lines.Count;
        var sessionsBefore = await SessionRows.CountAsync(env);
        env.Logto.Options.IdTokenFault = fault;
        using var browser = new HttpBrowser();

        var page = await env.SignInWithKakaoAsync(browser);

        env.Logto.Options.IdTokenFault = IdTokenFault.None;
        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.StartsWith("?reason=failed&", page.Uri.Query);
        Assert.Equal(AppCallback.SignedOut, await env.AuthStateAsync(browser));
        Assert.Equal(sessionsBefore, await SessionRows.CountAsync(env));
        var failure = Assert.Single(env.App.Logs.Lines.Skip(logsBefore), line => line.Contains("Sign-in did not complete"));
        Assert.True(failure.Contains(cause), failure);
    }

    [Fact]
    public async Task ASignIn_WithAGenuineIdToken_IsAccepted_SoTheRefusalsAboveAreAboutTheirFault()
    {
        var env = shared.Env;
        env.Logto.Options.IdTokenFault = IdTokenFault.None;
        using var browser = new HttpBrowser();

        var page = await env.SignInWithKakaoAsync(browser);

        Assert.Equal("/", page.Uri.AbsolutePath);
        Assert.Equal(AppCallback.SignedIn, await env.AuthStateAsync(browser));
    }
}
