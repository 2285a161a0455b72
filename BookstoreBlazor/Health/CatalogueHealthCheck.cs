using BookstoreBlazor.Catalog.Seed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookstoreBlazor.Health;

/// <summary>
/// Ready once the seed catalogue has been added at start: until then every catalogue page waits for it. A seed that
/// failed keeps the instance unready, so a load balancer prefers an instance that serves the whole catalogue.
/// </summary>
internal sealed class CatalogueHealthCheck(CatalogSeeding seeding) : IHealthCheck
{
    public const string Name = "catalogue";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = HealthCheckTimeout.Start(cancellationToken);
        try
        {
            await seeding.Finished.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The seed catalogue is still being added.");
        }
        return seeding.Failure is { } failure
            ? HealthCheckResult.Unhealthy(HealthCheckTimeout.Describe("The seed catalogue could not be added", failure))
            : HealthCheckResult.Healthy();
    }
}
