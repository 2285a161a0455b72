using System.Globalization;
using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// Keeps a session's access token fresh: refreshed once it is within <see cref="SessionOptions.RefreshLeeway"/> of
/// expiring, by one caller at a time across instances. A refresh Logto refuses ends the session.
/// </summary>
internal sealed partial class SessionRefresher(
    ServerSideTicketStore store,
    UserSessions sessions,
    RefreshLock refreshLock,
    LogtoTokenClient logto,
    IOptions<SessionOptions> options,
    TimeProvider clock,
    ILogger<SessionRefresher> logger)
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(15);

    public async Task<SessionCheck> CheckAsync(string sessionId, CancellationToken cancellationToken)
    {
        var ticket = await store.RetrieveByIdAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        return NeedsRefresh(ticket) ? await RefreshAsync(sessionId, cancellationToken) : new(SessionState.Active, ticket);
    }

    private async Task<SessionCheck> RefreshAsync(string sessionId, CancellationToken cancellationToken)
    {
        var waitUntil = clock.GetUtcNow() + MaxWait;
        while (true)
        {
            if (await refreshLock.TryTakeAsync(sessionId, cancellationToken))
            {
                try
                {
                    return await RefreshHoldingLockAsync(sessionId, cancellationToken);
                }
                finally
                {
                    await refreshLock.ReleaseAsync(sessionId);
                }
            }

            // Someone else is refreshing this session; their new tokens land in the database.
            await Task.Delay(WaitStep, clock, cancellationToken);
            var latest = await store.LoadAsync(sessionId, cancellationToken);
            if (latest is null)
            {
                return SessionCheck.Ended;
            }

            if (!NeedsRefresh(latest))
            {
                return new(SessionState.Active, latest);
            }

            if (clock.GetUtcNow() > waitUntil)
            {
                return new(SessionState.Unavailable, latest);
            }
        }
    }

    private async Task<SessionCheck> RefreshHoldingLockAsync(string sessionId, CancellationToken cancellationToken)
    {
        // Read again past the cache: the previous holder may have refreshed a moment ago.
        var ticket = await store.LoadAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        if (!NeedsRefresh(ticket))
        {
            return new(SessionState.Active, ticket);
        }

        // From here on the caller's cancellation is ignored (Logto:Timeout still bounds the call): Logto rotates the
        // refresh token as it answers, so a refresh abandoned mid-way (a page closed, a prerendering request ended) would
        // leave only the spent token, whose next use revokes the whole grant and signs the user out.
        var subject = ticket.Principal.FindFirst(LogtoClaimTypes.Subject)?.Value ?? "";
        var outcome = await logto.RefreshAsync(ticket.Properties.GetTokenValue("refresh_token")!, subject, CancellationToken.None);
        switch (outcome.Status)
        {
            case RefreshStatus.Unavailable:
                return new(SessionState.Unavailable, ticket);
            case RefreshStatus.Rejected:
                await sessions.EndByIdAsync(sessionId, CancellationToken.None);
                return SessionCheck.Ended;
        }

        var refreshed = Apply(ticket, outcome);
        await store.SaveAsync(sessionId, refreshed, CancellationToken.None);
        LogRefreshed(logger, sessionId[..8]);
        return new(SessionState.Refreshed, refreshed);
    }

    private AuthenticationTicket Apply(AuthenticationTicket ticket, RefreshOutcome outcome)
    {
        var tokens = outcome.Tokens!;
        var properties = ticket.Properties.Clone();
        var expiresAt = clock.GetUtcNow().AddSeconds(int.TryParse(tokens.ExpiresIn, out var seconds) ? seconds : 3600);
        properties.UpdateTokenValue("access_token", tokens.AccessToken);
        properties.UpdateTokenValue("expires_at", expiresAt.ToString("o", CultureInfo.InvariantCulture));
        if (tokens.RefreshToken is not null)
        {
            properties.UpdateTokenValue("refresh_token", tokens.RefreshToken);
        }

        if (tokens.IdToken is not null)
        {
            properties.UpdateTokenValue("id_token", tokens.IdToken);
        }

        var principal = outcome.IdToken is null ? ticket.Principal : RefreshedPrincipal.From(ticket.Principal, outcome.IdToken);
        return new AuthenticationTicket(principal, properties, ticket.AuthenticationScheme);
    }

    /// <summary>Only sessions with a refresh token can refresh; without one the session simply runs to its end.</summary>
    private bool NeedsRefresh(AuthenticationTicket ticket) =>
        ticket.Properties.GetTokenValue("refresh_token") is { Length: > 0 } &&
        DateTimeOffset.TryParse(ticket.Properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiresAt) &&
        expiresAt - options.Value.RefreshLeeway <= clock.GetUtcNow();

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the tokens of session {SessionPrefix}….")]
    private static partial void LogRefreshed(ILogger logger, string sessionPrefix);
}
