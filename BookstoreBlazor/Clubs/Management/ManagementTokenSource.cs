using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// The Management API access token: a client credentials grant for <see cref="ManagementApiOptions.Resource"/> with
/// scope <c>all</c>, from the token endpoint Logto's discovery names. One token serves every call until shortly before it
/// expires; callers that find none wait for the one request under way instead of each sending their own.
/// </summary>
internal sealed partial class ManagementTokenSource(IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    IOptions<ManagementApiOptions> options, TimeProvider clock, ILogger<ManagementTokenSource> logger) : IDisposable
{
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile CachedToken? _token;

    private sealed record CachedToken(string Value, DateTimeOffset UsableUntil);

    /// <summary>A usable token, or null (logged) when Logto did not issue one.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(_token) is { } cached)
            return cached;

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_token) is { } fetchedMeanwhile)
                return fetchedMeanwhile;

            _token = await RequestAsync(cancellationToken);
            return _token?.Value;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>Forgets the token the API refused (401), unless another caller has already replaced it.</summary>
    public void Drop(string refused)
    {
        var current = _token;
        if (current?.Value == refused)
            Interlocked.CompareExchange(ref _token, null, current);
    }

    private string? Usable(CachedToken? token) => token is not null && clock.GetUtcNow() < token.UsableUntil ? token.Value : null;

    private async Task<CachedToken?> RequestAsync(CancellationToken cancellationToken)
    {
        var oidc = oidcOptions.Get(LogtoSchemes.Logto);
        var app = options.Value;
        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            // The App secret crosses this connection: plain http only on this machine, as for the rest of Logto.
            if (!Uri.TryCreate(configuration.TokenEndpoint, UriKind.Absolute, out var endpoint) ||
                endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))
            {
                LogRefused(logger, "the discovered token endpoint is not https");
                return null;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["resource"] = app.Resource,
                    ["scope"] = "all",
                }),
            };
            // RFC 6749 §2.3.1: each part form-encoded before joining, as Logto (node-oidc-provider) decodes them.
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{Uri.EscapeDataString(app.AppId)}:{Uri.EscapeDataString(app.AppSecret)}")));
            var issuedAt = clock.GetUtcNow();
            using var response = await oidc.Backchannel.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, $"HTTP {(int)response.StatusCode} {ErrorOf(body)}");
                return null;
            }

            var json = JsonDocument.Parse(body).RootElement;
            if (!json.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } value)
            {
                LogRefused(logger, "no access_token in the answer");
                return null;
            }

            var lifetime = json.TryGetProperty("expires_in", out var expiresIn) && expiresIn.TryGetInt32(out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : RenewalMargin;
            var margin = lifetime > RenewalMargin * 2 ? RenewalMargin : lifetime / 2;
            return new CachedToken(value, issuedAt + lifetime - margin);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or JsonException &&
                                   !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, ex.GetType().Name);
            return null;
        }
    }

    private static string ErrorOf(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    public void Dispose() => _fetching.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto issued no Management API token ({Reason}): check Logto:Management " +
                                                       "(the M2M app's ID and secret, its Management API role, the resource).")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto could not be reached for a Management API token ({Cause}).")]
    private static partial void LogUnreachable(ILogger logger, string cause);
}
