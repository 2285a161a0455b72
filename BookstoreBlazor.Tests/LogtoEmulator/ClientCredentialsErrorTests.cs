using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>Client credentials requests Logto refuses, with its errors: the wrong app, the wrong secret, the wrong resource.</summary>
public sealed class ClientCredentialsErrorTests
{
    [Fact]
    public async Task TheTraditionalWebApp_IsRefused_AsLogtoGivesItNoClientCredentialsGrant()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var web = probe.Logto.DefaultClient;

        var answer = await ClientCredentialsRequest.SendAsync(probe.Logto, web.ClientId, web.ClientSecret, scope: "write:books");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(("unauthorized_client", "requested grant type is not allowed for this client"), (answer.Error, answer.ErrorDescription));
        Assert.False(answer.Body.ContainsKey("access_token"));
    }

    [Fact]
    public async Task AWrongOrMissingSecret_OrAnUnknownApp_IsInvalidClient()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var app = probe.Logto.MachineApps.Single();

        var wrong = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, app.ClientSecret + "0", scope: "write:books");
        var missing = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, null, scope: "write:books", secretInBody: true);
        var otherApps = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, probe.Logto.DefaultClient.ClientSecret);
        var unknown = await ClientCredentialsRequest.SendAsync(probe.Logto, "no-such-app", app.ClientSecret);

        Assert.All([wrong, missing, otherApps], answer =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal(("invalid_client", "client authentication failed"), (answer.Error, answer.ErrorDescription));
            Assert.False(answer.Body.ContainsKey("access_token"));
        });
        Assert.StartsWith("Basic", wrong.WwwAuthenticate);
        Assert.Equal(("invalid_client", "invalid client no-such-app"), (unknown.Error, unknown.ErrorDescription));
    }

    [Fact]
    public async Task AnUnknownOrMissingResource_OrTwo_IsInvalidTarget()
    {
        var clubs = new EmulatorApiResource("https://api.clubs.example", "Clubs API", ["read:clubs"]);
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { ApiResources = [EmulatorApiResource.Bookstore, clubs] });
        var app = probe.Logto.MachineApps.Single();

        var unknown = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, app.ClientSecret, ["https://api.unknown.example"]);
        var none = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, app.ClientSecret, []);
        var two = await ClientCredentialsRequest.SendAsync(probe.Logto, app.ClientId, app.ClientSecret, [ApiIndicator, clubs.Indicator]);

        Assert.All([unknown, none, two], answer =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal("invalid_target", answer.Error);
        });
        Assert.Equal("resource indicator is missing, or unknown", unknown.ErrorDescription);
        Assert.Equal("both `resource` and `organization_id` are not provided", none.ErrorDescription);
        Assert.Equal("only a single resource indicator value is supported for this grant type", two.ErrorDescription);
    }
}
