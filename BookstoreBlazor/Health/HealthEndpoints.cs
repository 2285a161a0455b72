using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookstoreBlazor.Health;

/// <summary>
/// <c>GET /health/live</c> (the process serves requests) and <c>GET /health/ready</c> (the session database and
/// Logto's discovery document answer), for load balancers and orchestrators.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    public const string ReadyTag = "ready";

    /// <summary>A request for one of the probes (or anything else under <c>/health</c>, which serves nothing but them).</summary>
    public static bool IsProbe(HttpRequest request) => request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    public static WebApplicationBuilder AddBookstoreHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<SessionDatabaseHealthCheck>(SessionDatabaseHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<LogtoDiscoveryHealthCheck>(LogtoDiscoveryHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<CatalogueHealthCheck>(CatalogueHealthCheck.Name, tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapBookstoreHealth(this IEndpointRouteBuilder app)
    {
        Map(app, Live, _ => false);
        Map(app, Ready, check => check.Tags.Contains(ReadyTag));
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string pattern, Func<HealthCheckRegistration, bool> predicate) =>
        app.MapHealthChecks(pattern, new HealthCheckOptions { Predicate = predicate, ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous()
            .DisableAntiforgery();
}
