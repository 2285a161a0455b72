using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookstoreBlazor.Health;

/// <summary>
/// Ready only while the session database can start a write: every sign-in and sign-out writes. A bare connection
/// test is not enough for SQLite, whose file still opens (and reads) while another connection holds the write lock;
/// its transactions begin IMMEDIATE, which takes that lock, so the probe waits for it like a sign-in would.
/// </summary>
internal sealed class SessionDatabaseHealthCheck(IDbContextFactory<BookstoreDbContext> databases) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = HealthCheckTimeout.Start(cancellationToken);
        try
        {
            await using var db = await databases.CreateDbContextAsync(timeout.Token);
            if (!await db.Database.CanConnectAsync(timeout.Token))
                return HealthCheckResult.Unhealthy("The session database refused the connection or does not exist.");

            // Nothing is written: the transaction is rolled back when disposed. Inside the execution strategy, as
            // PostgreSQL's retries on a broken connection require of a transaction the app begins itself.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var write = await db.Database.BeginTransactionAsync(token);
            }, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(HealthCheckTimeout.Describe("The session database did not answer", e));
        }
    }
}
