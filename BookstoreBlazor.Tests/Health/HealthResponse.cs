using System.Net;
using System.Text.Json;

namespace BookstoreBlazor.Tests.Health;

/// <summary>A health endpoint's answer: status code, Cache-Control, raw body and the parsed statuses.</summary>
internal sealed record HealthResponse(HttpStatusCode StatusCode, bool NoStore, string Body, string Status,
    Dictionary<string, string> Checks)
{
    public static async Task<HealthResponse> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(check => check.Name, check => check.Value.GetString()!);
        return new HealthResponse(response.StatusCode, response.Headers.CacheControl?.NoStore == true, body,
            json.RootElement.GetProperty("status").GetString()!, checks);
    }

    /// <summary>Fails when the body names anything about the deployment, or an exception.</summary>
    public void AssertLeaksNothing(params string[] secrets)
    {
        Assert.DoesNotContain("Exception", Body, StringComparison.OrdinalIgnoreCase);
        foreach (var secret in secrets)
            Assert.DoesNotContain(secret, Body, StringComparison.OrdinalIgnoreCase);
    }
}
