using System.Net;
using BookstoreBlazor.Health;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Health;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>Outside Development every page redirects to https; load balancers probe over plain http and do not follow.</summary>
public sealed class HealthProbeOverHttpTests
{
    [SecurityCase(CatalogueArea.Faults, "A load balancer probes `/health/*` over plain http where the app redirects to https",
        "The probes answer (200, or 503 when not ready) instead of a redirect; every page still redirects to https")]
    [Fact]
    public async Task Probes_AnswerOverPlainHttp_WhilePagesRedirectToHttps()
    {
        await using var logto = await LogtoEmulatorHost.StartAsync(new() { ConfigureLogging = _ => { } });
        await using var app = new BookstoreAppFactory(logto.Endpoint.BaseUri.AbsoluteUri, new Dictionary<string, string?>
        {
            ["Logto:AppId"] = logto.DefaultClient.ClientId,
            ["Logto:AppSecret"] = logto.DefaultClient.ClientSecret,
        });
        await using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("https_port", "8443"));
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://bookstore.internal/"),
            AllowAutoRedirect = false,
        });

        using var page = await http.GetAsync("/");
        using var liveOverHttp = await http.GetAsync(HealthEndpoints.Live);
        using var readyOverHttp = await http.GetAsync(HealthEndpoints.Ready);
        using var readyWithSlash = await http.GetAsync(HealthEndpoints.Ready + "/");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal("https://bookstore.internal:8443/", page.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, liveOverHttp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyOverHttp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyWithSlash.StatusCode);
        var ready = await HealthResponse.GetAsync(http, HealthEndpoints.Ready);
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Healthy", ["logto"] = "Healthy", ["catalogue"] = "Healthy" }, ready.Checks);
    }
}
