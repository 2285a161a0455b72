using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// An open interactive page asks every <see cref="SessionOptions.RevalidationInterval"/> whether its session still
/// exists (refreshing it when due); when it does not, the page switches to the signed-out UI without a reload.
/// </summary>
internal sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, SessionRefresher refresher, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.FindFirst(SessionClaimTypes.SessionId)?.Value is not { } sessionId)
        {
            return false;
        }

        var check = await refresher.CheckAsync(sessionId, cancellationToken);
        return check.State != SessionState.Ended;
    }
}
