using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Refresh;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BookstoreBlazor.Api;

/// <summary>What Logto's token for the API resource lets this session do: its audience, its scopes, until when.</summary>
public sealed record ApiGrant(string Resource, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>The signed-in user's API access, read from the session's resource token (which never leaves the server).</summary>
public interface IApiGrants
{
    bool IsConfigured { get; }

    /// <summary>Null when the session has no API token and Logto could not give one right now.</summary>
    Task<ApiGrant?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

internal sealed class ApiGrants(SessionRefresher refresher, IOptions<LogtoOptions> logto) : IApiGrants
{
    public bool IsConfigured => logto.Value.HasApiResource;

    public async Task<ApiGrant?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!IsConfigured || user.GetSessionId() is not { } sessionId || await TokenAsync(sessionId, cancellationToken) is not { } token)
            return null;

        // Logto signed it and we just got it from Logto over TLS; it is read here only to show what it grants.
        var jwt = new JsonWebToken(token);
        var scopes = jwt.TryGetPayloadValue<string>("scope", out var scope) ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new ApiGrant(jwt.Audiences.FirstOrDefault() ?? logto.Value.ApiResource, scopes, jwt.ValidTo);
    }

    private async Task<string?> TokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            return await refresher.GetApiAccessTokenAsync(sessionId, cancellationToken);
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            // A page that only reads must load while the session database is busy; the card just says no token came.
            return null;
        }
    }
}
