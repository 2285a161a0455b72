using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookstoreBlazor.Health;

/// <summary>Ready only while the session database accepts a connection.</summary>
internal sealed class SessionDatabaseHealthCheck(IDbContextFactory<BookstoreDbContext> databases) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = HealthCheckTimeout.Start(cancellationToken);
        try
        {
            await using var db = await databases.CreateDbContextAsync(timeout.Token);
            return await db.Database.CanConnectAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The session database refused the connection or does not exist.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(HealthCheckTimeout.Describe("The session database did not answer", e));
        }
    }
}
