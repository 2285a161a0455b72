using BookstoreBlazor.Sessions.Outage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// An open interactive page asks every <see cref="SessionOptions.RevalidationInterval"/> whether its session still
/// exists (refreshing it when due); when it does not, the page switches to the signed-out UI without a reload.
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
            return check.State != SessionState.Ended;
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            // Unknown is not ended: the framework would sign the page out on an exception, though the session is intact.
            LogKeptDuringOutage(_logger, e.GetBaseException().GetType().Name);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session database could not be read to revalidate an open page ({Cause}); the page stays signed in.")]
    private static partial void LogKeptDuringOutage(ILogger logger, string cause);
}
