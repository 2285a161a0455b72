using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// Logto's machine-to-machine apps: the client credentials grant for one API resource, answered with node-oidc-provider's
/// JWT whose <c>sub</c> is the app, scoped to what the app asked for and its M2M roles grant; only an access token.
/// </summary>
public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task AnM2MApp_GetsLogtosJwtForTheResource_ThatAnApiValidatesAgainstTheJwks()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var app = probe.Logto.MachineApps.Single();

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, "write:books");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["access_token", "token_type", "expires_in", "scope"], answer.Body.Select(p => p.Key));
        Assert.Equal(("Bearer", "write:books"), (answer.Body["token_type"]!.GetValue<string>(), answer.Body["scope"]!.GetValue<string>()));
        Assert.InRange(answer.Body["expires_in"]!.GetValue<long>(), 3599, 3600);
        var result = await ValidateAsync(probe, answer.AccessToken);
        Assert.True(result.IsValid, result.Exception?.Message);
        var header = OidcTestClient.Header(answer.AccessToken);
        Assert.Equal(("ES384", "at+jwt"), (header["alg"]!.GetValue<string>(), header["typ"]!.GetValue<string>()));
        var claims = OidcTestClient.Payload(answer.AccessToken);
        Assert.Equal(["jti", "sub", "iat", "exp", "scope", "client_id", "iss", "aud"], claims.Select(p => p.Key));
        Assert.Equal((EmulatorMachineApp.DefaultClientId, EmulatorMachineApp.DefaultClientId),
            (claims["sub"]!.GetValue<string>(), claims["client_id"]!.GetValue<string>()));
        Assert.Equal(app.ClientId, claims["sub"]!.GetValue<string>());
        Assert.Equal((probe.Logto.Endpoint.Issuer.AbsoluteUri, ApiIndicator), (claims["iss"]!.GetValue<string>(), claims["aud"]!.GetValue<string>()));
        Assert.Equal("write:books", claims["scope"]!.GetValue<string>());
        Assert.Equal(3600, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task TheDefaultApp_HasARandomSecretPerRun_AndTheCatalogueScriptM2MRole()
    {
        await using var first = await EmulatorProbe.StartAsync();
        await using var second = await EmulatorProbe.StartAsync();

        var app = first.Logto.MachineApps.Single();
        Assert.Equal(EmulatorMachineApp.DefaultClientId, app.ClientId);
        Assert.Equal([EmulatorRole.CatalogueScriptName], app.Roles);
        Assert.Equal(48, app.ClientSecret.Length);
        Assert.NotEqual(app.ClientSecret, second.Logto.MachineApps.Single().ClientSecret);
        var role = first.Logto.Options.Roles.Single(r => r.Name == EmulatorRole.CatalogueScriptName);
        Assert.Equal((EmulatorRoleType.MachineToMachine, false), (role.Type, role.IsDefault));
        Assert.Equal([new EmulatorPermission(ApiIndicator, "write:books")], role.Permissions);
    }

    [Theory]
    [InlineData("write:books", "write:books")]
    [InlineData("read:shelf write:books write:shelf", "write:books")]
    [InlineData("openid offline_access profile write:books no:such-scope write:books", "write:books")]
    public async Task TheScope_IsWhatWasAskedFor_ThatTheAppsM2MRolesGrant_OthersDroppedSilently(string asked, string expected)
    {
        await using var probe = await EmulatorProbe.StartAsync();

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, asked);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Body["scope"]!.GetValue<string>());
        Assert.Equal(expected, OidcTestClient.Payload(answer.AccessToken)["scope"]!.GetValue<string>());
        Assert.False(answer.Body.ContainsKey("id_token"));
        Assert.False(answer.Body.ContainsKey("refresh_token"));
    }

    [Fact]
    public async Task TheScope_KeepsTheRequestsOrder_AndTheAppsM2MRolesAddUp()
    {
        var shelfRole = new EmulatorRole("shelf-script", "Reads shelves", [new(ApiIndicator, "read:shelf")], Type: EmulatorRoleType.MachineToMachine);
        var app = EmulatorMachineApp.CreateDefault() with { Roles = [EmulatorRole.CatalogueScriptName, shelfRole.Name] };
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions
        {
            MachineApps = [app], Roles = [EmulatorRole.Reader, EmulatorRole.Admin, EmulatorRole.CatalogueScript, shelfRole],
        });

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, "write:books write:shelf read:shelf");

        Assert.Equal("write:books read:shelf", OidcTestClient.Payload(answer.AccessToken)["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutScope_TheTokenGrantsNothing_AndNeitherItNorTheResponseCarriesAScope()
    {
        await using var probe = await EmulatorProbe.StartAsync();

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True((await ValidateAsync(probe, answer.AccessToken)).IsValid);
        Assert.False(answer.Body.ContainsKey("scope"));
        Assert.False(OidcTestClient.Payload(answer.AccessToken).ContainsKey("scope"));
    }

    [Fact]
    public async Task AUserRole_GrantsAnM2MAppNothing_AndAnM2MRole_CannotBeGivenToAUser()
    {
        var app = EmulatorMachineApp.CreateDefault() with { Roles = [EmulatorRole.AdminName] };
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { MachineApps = [app] });
        var reader = probe.Logto.Users.FindByIdentifier("reader")!;

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, "write:books");

        Assert.False(OidcTestClient.Payload(answer.AccessToken).ContainsKey("scope"));
        Assert.Throws<ArgumentException>(() => probe.Logto.SetRoles(reader.Id, EmulatorRole.CatalogueScriptName));
        Assert.Equal(["reader"], probe.Logto.Users.FindById(reader.Id)!.Roles);
    }

    [Fact]
    public async Task TheSecret_MayAlsoComeInTheBody()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var app = probe.Logto.MachineApps.Single();

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, app.ClientSecret, scope: "write:books", secretInBody: true);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("write:books", OidcTestClient.Payload(answer.AccessToken)["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheTokensLifetime_IsTheAccessTokenLifetime()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5) });

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, "write:books");

        Assert.InRange(answer.Body["expires_in"]!.GetValue<long>(), 299, 300);
        var claims = OidcTestClient.Payload(answer.AccessToken);
        Assert.Equal(300, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task Describe_PrintsTheAppsCredentials_AndACurlLineThatGetsAToken()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var app = probe.Logto.MachineApps.Single();

        var lines = probe.Logto.Describe().ToList();

        Assert.Contains($"  M2M app: {app.ClientId} / {app.ClientSecret} (M2M roles: catalogue-script)", lines);
        var curl = lines.Single(line => line.Contains("curl ", StringComparison.Ordinal));
        var answer = await CurlLine.SendAsync(curl[curl.IndexOf("curl ", StringComparison.Ordinal)..]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("write:books", OidcTestClient.Payload(answer.AccessToken)["scope"]!.GetValue<string>());
        Assert.True((await ValidateAsync(probe, answer.AccessToken)).IsValid);
    }
}
