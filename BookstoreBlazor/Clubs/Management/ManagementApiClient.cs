using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>What the Management API answered: the status, the JSON body, and <c>Total-Number</c> for a paginated list.</summary>
internal sealed record ManagementAnswer(int Status, JsonNode? Body, int? TotalNumber = null)
{
    /// <summary>Logto's error code, e.g. <c>entity.unique_integrity_violation</c>.</summary>
    public string? Code => Body is JsonObject error && error["code"] is JsonValue code && code.TryGetValue<string>(out var value) ? value : null;
}

/// <summary>
/// JSON over HTTP to Logto's Management API (<c>{Logto:Endpoint}/api/…</c>) with the M2M token, through the OIDC
/// handler's back-channel, so every call is bounded by <c>Logto:Timeout</c>. A 401 means the token went stale (Logto's
/// keys rotated, say): it is dropped and the call made once more with a new one.
/// </summary>
internal sealed partial class ManagementApiClient(ManagementTokenSource tokens, IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    IOptions<LogtoOptions> logto, ILogger<ManagementApiClient> logger)
{
    /// <summary>The answer, or null (logged) when Logto could not be asked or refused the app itself.</summary>
    public async Task<ManagementAnswer?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await tokens.GetAsync(cancellationToken) is not { } token)
                return null;

            var answer = await SendOnceAsync(method, path, body, token, cancellationToken);
            if (answer?.Status == 401 && attempt == 1)
            {
                tokens.Drop(token);
                continue;
            }

            if (answer?.Status is 401 or 403)
            {
                LogRefused(logger, WithoutQuery(path), answer.Status, answer.Code);
                return null;
            }

            return answer;
        }
    }

    public Task<ManagementAnswer?> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    private async Task<ManagementAnswer?> SendOnceAsync(HttpMethod method, string path, JsonNode? body, string token,
        CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(logto.Value.EndpointUri, "api/" + path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await oidcOptions.Get(LogtoSchemes.Logto).Backchannel.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var total = response.Headers.TryGetValues("Total-Number", out var values) && int.TryParse(values.FirstOrDefault(), out var number)
                ? number
                : (int?)null;
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                LogUnavailable(logger, WithoutQuery(path), $"HTTP {status}");
                return null;
            }

            return new ManagementAnswer(status, text.Length == 0 ? null : JsonNode.Parse(text), total);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, WithoutQuery(path), ex.GetType().Name);
            return null;
        }
    }

    /// <summary>A query may hold an invitee's email, which stays out of the logs.</summary>
    private static string WithoutQuery(string path) => path.Split('?')[0];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto's Management API could not be reached for {Path} ({Cause}).")]
    private static partial void LogUnavailable(ILogger logger, string path, string cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto's Management API refused {Path} with {Status} {Code}: check that the " +
                                                       "Logto:Management app has an M2M role with the Management API's 'all' permission " +
                                                       "and that Logto:Management:Resource is this tenant's indicator.")]
    private static partial void LogRefused(ILogger logger, string path, int status, string? code);
}
