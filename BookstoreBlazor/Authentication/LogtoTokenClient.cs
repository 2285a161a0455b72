using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Authentication;

/// <summary>What Logto answered to a refresh: new tokens, a refusal (the grant is gone), or no answer at all.</summary>
public sealed record RefreshOutcome(RefreshStatus Status, OpenIdConnectMessage? Tokens = null, JsonWebToken? IdToken = null, string? Error = null,
    bool ForOrganization = false)
{
    /// <summary>
    /// Logto refused the refresh token itself (revoked, reused, expired), so the session cannot go on; a refusal of
    /// only the resource or scopes asked for (<c>invalid_target</c>, <c>invalid_scope</c>) leaves the grant intact, and
    /// so does an <see cref="IsOrganizationRefusal">organization refusal</see>.
    /// </summary>
    public bool GrantIsGone => Status == RefreshStatus.Rejected && Error is not ("invalid_target" or "invalid_scope") && !IsOrganizationRefusal;

    /// <summary>
    /// Logto refused an organization token only: <c>access_denied</c> (not a member, no such organization) or
    /// <c>insufficient_scope</c> (the grant lacks <c>urn:logto:scope:organizations</c>). It checks both before it rotates
    /// the refresh token, so the grant is intact. (Logto answers 403; older versions answered access_denied with 400.)
    /// </summary>
    public bool IsOrganizationRefusal => Status == RefreshStatus.Rejected && ForOrganization && Error is "access_denied" or "insufficient_scope";
}

public enum RefreshStatus
{
    Refreshed,
    Rejected,
    Unavailable,
}

/// <summary>What became of a refresh token at sign-out: revoked, not revoked (Logto said no or has no endpoint), or no answer.</summary>
public enum RevocationOutcome
{
    Revoked,
    NotRevoked,
    Unreachable,
}

/// <summary>
/// Logto's token and revocation endpoints, called with the app's own credentials, through the OIDC handler's
/// back-channel (same timeout, Logto:Timeout; same discovery document), except the refresh call itself.
/// </summary>
internal sealed partial class LogtoTokenClient(IOptionsMonitor<OpenIdConnectOptions> oidcOptions, IOptions<LogtoOptions> logtoOptions,
    ILogger<LogtoTokenClient> logger) : IDisposable
{
    // The refresh call alone waits past Logto:Timeout (up to RefreshAnswerLimit): its answer carries the rotated refresh
    // token, and a caller that cannot wait that long stops waiting without abandoning it (SessionRefresher).
    private readonly HttpClient _refreshHttp = new() { Timeout = logtoOptions.Value.RefreshAnswerLimit };

    private OpenIdConnectOptions Oidc => oidcOptions.Get(LogtoSchemes.Logto);

    public void Dispose() => _refreshHttp.Dispose();

    /// <summary>
    /// A refresh-token grant. With <paramref name="resource"/> (RFC 8707), Logto answers an access token for that API
    /// resource instead of the opaque one for userinfo, as its SDKs' <c>getAccessToken(resource)</c> asks for it; with
    /// <paramref name="organizationId"/> (and no resource), an organization token, as their <c>getOrganizationToken</c>.
    /// </summary>
    public async Task<RefreshOutcome> RefreshAsync(string refreshToken, string subject, CancellationToken cancellationToken,
        string? resource = null, string? organizationId = null)
    {
        var forOrganization = organizationId is not null;
        try
        {
            var configuration = await Oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            };
            if (resource is not null)
                form["resource"] = resource;
            if (organizationId is not null)
                form["organization_id"] = organizationId;
            using var response = await PostAsync(_refreshHttp, configuration.TokenEndpoint, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 400 or 401 || (status == 403 && forOrganization && ErrorOf(body) is "access_denied" or "insufficient_scope"))
            {
                var error = ErrorOf(body);
                LogRefreshRejected(logger, error);
                return new RefreshOutcome(RefreshStatus.Rejected, Error: error, ForOrganization: forOrganization);
            }

            if (!response.IsSuccessStatusCode)
            {
                LogLogtoUnavailable(logger, "refresh", $"HTTP {(int)response.StatusCode}");
                return new RefreshOutcome(RefreshStatus.Unavailable);
            }

            var tokens = new OpenIdConnectMessage(body);
            var idToken = tokens.IdToken is null ? null : await ValidateIdTokenAsync(tokens.IdToken, subject, configuration);
            if (tokens.AccessToken is null || (tokens.IdToken is not null && idToken is null))
            {
                return new RefreshOutcome(RefreshStatus.Rejected);
            }

            return new RefreshOutcome(RefreshStatus.Refreshed, tokens, idToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LogLogtoUnavailable(logger, "refresh", ex.GetType().Name);
            return new RefreshOutcome(RefreshStatus.Unavailable);
        }
    }

    /// <summary>
    /// Revokes a refresh token. Ending Logto's session does not: the token would keep working until it expires.
    /// </summary>
    public async Task<RevocationOutcome> RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await Oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            if (string.IsNullOrEmpty(configuration.RevocationEndpoint))
            {
                return RevocationOutcome.NotRevoked;
            }

            using var response = await PostAsync(Oidc.Backchannel, configuration.RevocationEndpoint, new()
            {
                ["token"] = refreshToken,
                ["token_type_hint"] = "refresh_token",
            }, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                LogLogtoUnavailable(logger, "revocation", $"HTTP {(int)response.StatusCode}");
                return RevocationOutcome.Unreachable;
            }

            return response.IsSuccessStatusCode ? RevocationOutcome.Revoked : RevocationOutcome.NotRevoked;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LogLogtoUnavailable(logger, "revocation", ex.GetType().Name);
            return RevocationOutcome.Unreachable;
        }
    }

    /// <summary>A refreshed ID token must be Logto's, for this app, and about the same user.</summary>
    private async Task<JsonWebToken?> ValidateIdTokenAsync(string idToken, string subject, OpenIdConnectConfiguration configuration)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken,
            LogtoOpenIdConnect.TokenValidation(configuration, Oidc.ClientId));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            LogIdTokenRefused(logger, result.Exception?.GetType().Name ?? "invalid");
            return null;
        }

        if (token.Subject != subject)
        {
            LogIdTokenRefused(logger, "different subject");
            return null;
        }

        return token;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string endpoint, Dictionary<string, string> form,
        CancellationToken cancellationToken)
    {
        form["client_id"] = Oidc.ClientId!;
        form["client_secret"] = Oidc.ClientSecret!;
        return await http.PostAsync(endpoint, new FormUrlEncodedContent(form), cancellationToken);
    }

    private static string ErrorOf(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "unknown" : "unknown";
        }
        catch (JsonException)
        {
            return "unreadable";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Logto refused a refresh ({Error}).")]
    private static partial void LogRefreshRejected(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto could not be reached for {Step} ({Cause}).")]
    private static partial void LogLogtoUnavailable(ILogger logger, string step, string cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A refreshed ID token was refused ({Reason}); the session ends.")]
    private static partial void LogIdTokenRefused(ILogger logger, string reason);
}
