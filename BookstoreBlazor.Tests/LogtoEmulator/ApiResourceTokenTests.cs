using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// Access tokens for an API resource, as Logto issues them when an SDK refreshes with <c>resource</c>: node-oidc-provider's
/// JWT with the scopes the sign-in asked for, granted then, and the user's roles still allow.
/// </summary>
public sealed class ApiResourceTokenTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task AResourceRefresh_AnswersLogtosJwt_ThatAnApiValidatesAgainstTheJwks()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "reader");
        var reader = probe.Logto.Users.FindByIdentifier("reader")!;

        var refreshed = await RefreshAsync(probe, signIn);

        var result = await ValidateAsync(probe, AccessToken(refreshed));
        Assert.True(result.IsValid, result.Exception?.Message);
        var header = OidcTestClient.Header(AccessToken(refreshed));
        Assert.Equal(["alg", "kid", "typ"], header.Select(p => p.Key).Order());
        Assert.Equal("ES384", header["alg"]!.GetValue<string>());
        Assert.Equal("at+jwt", header["typ"]!.GetValue<string>());
        var claims = OidcTestClient.Payload(AccessToken(refreshed));
        Assert.Equal(["jti", "sub", "iat", "exp", "scope", "client_id", "iss", "aud"], claims.Select(p => p.Key));
        Assert.Equal(reader.Id, claims["sub"]!.GetValue<string>());
        Assert.Equal(probe.Logto.DefaultClient.ClientId, claims["client_id"]!.GetValue<string>());
        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, claims["iss"]!.GetValue<string>());
        Assert.Equal(ApiIndicator, claims["aud"]!.GetValue<string>());
        Assert.Equal(3600, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
        Assert.Equal(21, claims["jti"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task TheResponse_RotatesTheRefreshToken_AndCarriesScopeExpiresInAndAFreshIdToken()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5) });
        var signIn = await SignInAsync(probe, "reader");

        var refreshed = await RefreshAsync(probe, signIn);

        Assert.Equal("read:shelf write:shelf", refreshed["scope"]!.GetValue<string>());
        Assert.Equal("Bearer", refreshed["token_type"]!.GetValue<string>());
        Assert.InRange(refreshed["expires_in"]!.GetValue<long>(), 299, 300);
        var claims = OidcTestClient.Payload(AccessToken(refreshed));
        Assert.Equal(300, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
        Assert.NotEqual(signIn["refresh_token"]!.GetValue<string>(), refreshed["refresh_token"]!.GetValue<string>());
        var idToken = OidcTestClient.Payload(refreshed["id_token"]!.GetValue<string>());
        Assert.Equal(probe.Logto.DefaultClient.ClientId, idToken["aud"]!.GetValue<string>());
        Assert.Equal(["reader"], RolesOf(refreshed));
    }

    [Theory]
    [InlineData("reader", new[] { "read:shelf", "write:shelf" })]
    [InlineData("admin", new[] { "read:shelf", "write:shelf", "write:books" })]
    public async Task TheScope_IsWhatTheUsersRolesAllow(string username, string[] expected)
    {
        await using var probe = emulator.NewProbe();

        var refreshed = await RefreshAsync(probe, await SignInAsync(probe, username));

        Assert.Equal(expected, ScopeOf(refreshed));
    }

    [Fact]
    public async Task AUserWithoutRoles_GetsATokenWithNoScopeClaim_AndAnEmptyScopeInTheResponse()
    {
        var options = new LogtoEmulatorOptions { TestAccounts = [new("nobody", "bookstore", "No Roles")] };
        await using var probe = await EmulatorProbe.StartAsync(options);

        var refreshed = await RefreshAsync(probe, await SignInAsync(probe, "nobody"));

        Assert.True((await ValidateAsync(probe, AccessToken(refreshed))).IsValid);
        Assert.False(OidcTestClient.Payload(AccessToken(refreshed)).ContainsKey("scope"));
        Assert.Equal("", refreshed["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyScopesAskedForAtSignIn_AreGranted_AndARefreshScopeNarrowsThem()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "admin", scope: "openid offline_access read:shelf write:books");

        var all = await RefreshAsync(probe, signIn);
        var narrowed = await RefreshAsync(probe, all, scope: "openid write:books");
        var again = await RefreshAsync(probe, narrowed);
        var widened = await RefreshAsync(probe, again, scope: "openid write:shelf");

        Assert.Equal(["read:shelf", "write:books"], ScopeOf(all));
        Assert.Equal(["write:books"], ScopeOf(narrowed));
        // As in Logto, the rotated refresh token keeps the grant's scopes; only the access token was narrowed.
        Assert.Equal(["read:shelf", "write:books"], ScopeOf(again));
        Assert.Equal("invalid_scope", widened["error"]!.GetValue<string>());
        Assert.Equal("refresh token missing requested scope", widened["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATokenRequestWithoutResource_StillAnswersLogtosOpaqueAccessToken()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "reader");

        var refreshed = await RefreshAsync(probe, signIn, resource: null);

        Assert.DoesNotContain('.', AccessToken(signIn));
        Assert.DoesNotContain('.', AccessToken(refreshed));
        // Logto's opaque token only carries the OpenID Connect scopes, not the API's.
        Assert.Equal("openid profile offline_access roles", signIn["scope"]!.GetValue<string>());
        Assert.Equal("openid profile offline_access roles", refreshed["scope"]!.GetValue<string>());
        Assert.Equal("reader", (await probe.Client.UserInfoAsync(AccessToken(refreshed)))["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task RedeemingTheCodeWithTheResource_AlsoAnswersTheJwt_WithAMatchingAtHash()
    {
        await using var probe = emulator.NewProbe();

        var tokens = await SignInAsync(probe, "reader", redeemWith: ApiIndicator);

        Assert.True((await ValidateAsync(probe, AccessToken(tokens))).IsValid);
        Assert.Equal(["read:shelf", "write:shelf"], ScopeOf(tokens));
        var atHash = OidcTestClient.Payload(tokens["id_token"]!.GetValue<string>())["at_hash"]!.GetValue<string>();
        var digest = System.Security.Cryptography.SHA384.HashData(System.Text.Encoding.ASCII.GetBytes(AccessToken(tokens)));
        Assert.Equal(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(digest[..24]), atHash);
        Assert.False(string.IsNullOrEmpty(tokens["refresh_token"]?.GetValue<string>()));
    }

    [Fact]
    public async Task AResourceRefresh_Rotates_AndReusingTheOldRefreshTokenRevokesTheWholeGrant()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "reader");
        var first = await RefreshAsync(probe, signIn);

        var reuse = await RefreshAsync(probe, signIn);
        var afterReuse = await RefreshAsync(probe, first);

        Assert.Null(first["error"]);
        Assert.Equal("invalid_grant", reuse["error"]!.GetValue<string>());
        Assert.Equal("invalid_grant", afterReuse["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AKakaoUser_GetsTheDefaultRolesScopes()
    {
        await using var probe = emulator.NewProbe();

        var refreshed = await RefreshAsync(probe, await SignInWithKakaoAsync(probe, KakaoAccount.Tester));

        Assert.Equal([EmulatorApiResource.ReadShelf, EmulatorApiResource.WriteShelf], ScopeOf(refreshed));
    }
}
