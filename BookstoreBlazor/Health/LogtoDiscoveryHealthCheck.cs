using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Health;

/// <summary>
/// Ready only while Logto's discovery document can be had, through the OIDC handler's own configuration manager:
/// sign-in needs exactly that, and its cache keeps the probe from hitting Logto on every call.
/// </summary>
internal sealed class LogtoDiscoveryHealthCheck(IOptionsMonitor<OpenIdConnectOptions> oidc) : IHealthCheck
{
    public const string Name = "logto";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var configurationManager = oidc.Get(LogtoSchemes.Logto).ConfigurationManager;
        if (configurationManager is null)
            return HealthCheckResult.Unhealthy("The OIDC handler has no configuration manager.");

        using var timeout = HealthCheckTimeout.Start(cancellationToken);
        try
        {
            await configurationManager.GetConfigurationAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(HealthCheckTimeout.Describe("Logto's discovery document could not be fetched", e));
        }
    }
}
