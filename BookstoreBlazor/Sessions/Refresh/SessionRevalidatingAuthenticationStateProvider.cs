using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Outage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// An open interactive page asks every <see cref="SessionOptions.RevalidationInterval"/> whether its session still
/// exists (refreshing it when due); when it does not, the page switches to the signed-out UI without a reload. When a
/// refresh brought other Logto roles, the page takes the session's new principal, so what it authorizes follows.
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

            if (check.Ticket?.Principal is { } stored && !SameRoles(stored, authenticationState.User))
            {
                LogRolesChanged(_logger, sessionId[..8]);
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

    private static bool SameRoles(ClaimsPrincipal a, ClaimsPrincipal b) => a.GetRoles().ToHashSet(StringComparer.Ordinal).SetEquals(b.GetRoles());

    [LoggerMessage(Level = LogLevel.Information, Message = "The roles of session {SessionPrefix}… changed at Logto; its open page now uses them.")]
    private static partial void LogRolesChanged(ILogger logger, string sessionPrefix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session database could not be read to revalidate an open page ({Cause}); the page stays signed in.")]
    private static partial void LogKeptDuringOutage(ILogger logger, string cause);
}
