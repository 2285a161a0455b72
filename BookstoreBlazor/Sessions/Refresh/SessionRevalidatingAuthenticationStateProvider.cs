using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Sessions.Outage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// An open interactive page asks every <see cref="SessionOptions.RevalidationInterval"/> whether its session still
/// exists (refreshing it when due); when it does not, the page switches to the signed-out UI without a reload. When a
/// refresh brought other Logto roles, clubs or organization roles, the page takes the session's new principal, so what
/// it authorizes and lists follows.
/// </summary>
internal sealed partial class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, SessionRefresher refresher, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<SessionRevalidatingAuthenticationStateProvider>();

    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.FindFirst(SessionClaimTypes.SessionId)?.Value is not { } sessionId)
        {
            return false;
        }

        try
        {
            var check = await refresher.CheckAsync(sessionId, cancellationToken);
            if (check.State == SessionState.Ended)
            {
                return false;
            }

            if (check.Ticket?.Principal is { } stored && !SameAuthorization(stored, authenticationState.User))
            {
                LogAuthorizationChanged(_logger, sessionId[..8]);
                // Last: the new state cancels this revalidation loop and starts one for the new principal.
                SetAuthenticationState(Task.FromResult(new AuthenticationState(stored)));
            }

            return true;
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            // Unknown is not ended: the framework would sign the page out on an exception, though the session is intact.
            LogKeptDuringOutage(_logger, e.GetBaseException().GetType().Name);
            return true;
        }
    }

    /// <summary>What pages authorize with: Logto roles, and clubs with the organization roles held in each.</summary>
    private static bool SameAuthorization(ClaimsPrincipal a, ClaimsPrincipal b) =>
        Same(a.GetRoles(), b.GetRoles()) &&
        Same(ValuesOf(a, ClubClaims.Organizations), ValuesOf(b, ClubClaims.Organizations)) &&
        Same(ValuesOf(a, ClubClaims.OrganizationRoles), ValuesOf(b, ClubClaims.OrganizationRoles));

    private static IEnumerable<string> ValuesOf(ClaimsPrincipal user, string type) => user.FindAll(type).Select(c => c.Value);

    private static bool Same(IEnumerable<string> a, IEnumerable<string> b) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b);

    [LoggerMessage(Level = LogLevel.Information, Message = "The roles or clubs of session {SessionPrefix}… changed at Logto; its open page now uses them.")]
    private static partial void LogAuthorizationChanged(ILogger logger, string sessionPrefix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session database could not be read to revalidate an open page ({Cause}); the page stays signed in.")]
    private static partial void LogKeptDuringOutage(ILogger logger, string cause);
}
