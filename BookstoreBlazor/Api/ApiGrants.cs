using System.Security.Claims;
using BookstoreBlazor.Authentication;
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
        if (!IsConfigured || user.GetSessionId() is not { } sessionId ||
            await refresher.GetApiAccessTokenAsync(sessionId, cancellationToken) is not { } token)
            return null;

        // Logto signed it and we just got it from Logto over TLS; it is read here only to show what it grants.
        var jwt = new JsonWebToken(token);
        var scopes = jwt.TryGetPayloadValue<string>("scope", out var scope) ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new ApiGrant(jwt.Audiences.FirstOrDefault() ?? logto.Value.ApiResource, scopes, jwt.ValidTo);
    }
}
