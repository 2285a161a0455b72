using System.Net;
using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Logto's <c>koaAuth</c> in front of the Management API: a client credentials token for its indicator with <c>all</c>,
/// from the management M2M app; anything else is 401 or 403 with Logto's codes.
/// </summary>
public sealed class ManagementApiAuthTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private string ClubPath => "api/organizations/" + shared.Env.Logto.Organizations.FindByName(OrganizationSeed.MidnightReaders.Name)!.Id;

    [Fact]
    public async Task TheManagementAppsToken_WithAll_IsLetIn()
    {
        var api = await ManagementApiCaller.StartAsync(shared.Env.Logto);

        var answer = await api.GetAsync(ClubPath);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("한밤의 독서회", answer.Body!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoAuthorizationHeader_Is401HeaderMissing_AndAnotherSchemeIs401TypeNotSupported()
    {
        var api = new ManagementApiCaller(shared.Env.Logto, bearer: null);
        var app = shared.Env.Logto.ManagementApp!;

        var missing = await api.GetAsync(ClubPath);
        var basic = await api.SendAsync(HttpMethod.Get, ClubPath,
            authorization: "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{app.ClientId}:{app.ClientSecret}")));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("auth.authorization_header_missing", missing.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, basic.Status);
        Assert.Equal("auth.authorization_token_type_not_supported", basic.Code);
    }

    [Fact]
    public async Task TheBookstoreApiToken_IsTheWrongAudience_401Unauthorized()
    {
        var script = shared.Env.Logto.MachineApps.Single();
        var bookstoreToken = await ClientCredentialsRequest.SendAsync(shared.Env.Logto, script.ClientId, script.ClientSecret, scope: "write:books");

        var answer = await new ManagementApiCaller(shared.Env.Logto, bookstoreToken.AccessToken).GetAsync(ClubPath);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("auth.unauthorized", answer.Code);
        Assert.Equal("Unauthorized. Please check credentials and its scope.", answer.Message);
    }

    [Theory]
    [InlineData(AccessTokenFault.Expired)]
    [InlineData(AccessTokenFault.WrongIssuer)]
    [InlineData(AccessTokenFault.UnknownKey)]
    [InlineData(AccessTokenFault.AlgNone)]
    [InlineData(AccessTokenFault.HmacWithPublicKey)]
    public async Task AFaultyManagementToken_Is401Unauthorized(AccessTokenFault fault)
    {
        var app = shared.Env.Logto.ManagementApp!;
        var token = shared.Env.Logto.CreateAccessToken(fault, LogtoManagementApi.Indicator, app.ClientId, LogtoManagementApi.All, app.ClientId);

        var answer = await new ManagementApiCaller(shared.Env.Logto, token).GetAsync(ClubPath);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("auth.unauthorized", answer.Code);
    }

    [Fact]
    public async Task ATokenWithoutAll_Is403Forbidden()
    {
        var api = await ManagementApiCaller.StartAsync(shared.Env.Logto, scope: "");

        var answer = await api.GetAsync(ClubPath);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("auth.forbidden", answer.Code);
    }

    [Fact]
    public async Task TheScriptApp_HasNoRoleForTheManagementApi_SoItsTokenIsForbidden()
    {
        var script = shared.Env.Logto.MachineApps.Single();
        var token = await ClientCredentialsRequest.SendAsync(shared.Env.Logto, script.ClientId, script.ClientSecret,
            [LogtoManagementApi.Indicator], LogtoManagementApi.All);

        var answer = await new ManagementApiCaller(shared.Env.Logto, token.AccessToken).GetAsync(ClubPath);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public void Describe_NamesTheManagementApp_AndWhoIsInEachClub()
    {
        var logto = shared.Env.Logto;
        var lines = logto.Describe().ToList();

        Assert.Contains(lines, line => line.StartsWith($"  Management API app: {logto.ManagementApp!.ClientId} / {logto.ManagementApp.ClientSecret} ",
            StringComparison.Ordinal) && line.Contains("resource=https://default.logto.app/api scope=all", StringComparison.Ordinal));
        var midnight = Club(shared.Env.Logto, OrganizationSeed.MidnightReaders);
        Assert.Contains($"  Organization: 한밤의 독서회 ({midnight.Id}): reader (owner), Kakao 카카오테스터 (member) at first sign-in", lines);
        Assert.Single(lines, line => line.Contains("curl ", StringComparison.Ordinal));
    }
}
