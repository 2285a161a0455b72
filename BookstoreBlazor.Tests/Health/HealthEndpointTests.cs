using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.Health;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_WithLogtoUnreachable_IsHealthy()
    {
        await using var app = new BookstoreAppFactory(UnreachableLogto.Endpoint());

        var live = await HealthResponse.GetAsync(app.CreateClient(), HealthEndpoints.Live);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", live.Status);
        Assert.Empty(live.Checks);
        Assert.True(live.NoStore);
    }

    [Fact]
    public async Task Ready_WithEmulatorAndSqlite_IsHealthy()
    {
        await using var environment = await EmulatorEnvironment.StartAsync();
        using var client = new HttpClient { BaseAddress = environment.AppBase };

        var ready = await HealthResponse.GetAsync(client, HealthEndpoints.Ready);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", ready.Status);
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Healthy", ["logto"] = "Healthy", ["catalogue"] = "Healthy" }, ready.Checks);
        Assert.True(ready.NoStore);
        ready.AssertLeaksNothing(environment.Logto.Endpoint.BaseUri.Authority, environment.App.DatabasePath!);
    }

    [SecurityCase(CatalogueArea.Hardening, "`/health/ready` when a dependency is down",
        "503 naming the failing part, with no configuration or secret in the body")]
    [Fact]
    public async Task Ready_WithLogtoUnreachable_Is503AndNamesLogto()
    {
        var logto = UnreachableLogto.Endpoint();
        await using var app = new BookstoreAppFactory(logto);

        var ready = await HealthResponse.GetAsync(app.CreateClient(), HealthEndpoints.Ready);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", ready.Status);
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Healthy", ["logto"] = "Unhealthy", ["catalogue"] = "Healthy" }, ready.Checks);
        Assert.True(ready.NoStore);
        ready.AssertLeaksNothing(new Uri(logto).Authority, app.DatabasePath!);
    }

    [Fact]
    public async Task Ready_AfterThePostgresDatabaseIsDropped_Is503AndNamesTheDatabase()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var environment = await EmulatorEnvironment.StartAsync(settings: database.Settings());
        using var client = new HttpClient { BaseAddress = environment.AppBase };
        Assert.Equal(HttpStatusCode.OK, (await HealthResponse.GetAsync(client, HealthEndpoints.Ready)).StatusCode);

        await database.DisposeAsync();
        var ready = await HealthResponse.GetAsync(client, HealthEndpoints.Ready);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", ready.Status);
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Unhealthy", ["logto"] = "Healthy", ["catalogue"] = "Healthy" }, ready.Checks);
        ready.AssertLeaksNothing(database.Name, "127.0.0.1", environment.Logto.Endpoint.BaseUri.Authority);
    }
}
