using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookstoreBlazor.Health;

/// <summary>
/// The overall status and each check's status, nothing else: descriptions and exceptions can name endpoints,
/// hosts or file paths, and these endpoints are anonymous.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()));
        return context.Response.WriteAsJsonAsync(body, HealthBodyJson.Default.HealthBody, cancellationToken: context.RequestAborted);
    }
}

internal sealed record HealthBody(string Status, Dictionary<string, string> Checks);
