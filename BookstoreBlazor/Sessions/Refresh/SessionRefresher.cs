using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// Keeps a session's access tokens fresh: each is refreshed once it is within <see cref="SessionOptions.RefreshLeeway"/>
/// of expiring, by one caller at a time across instances (every refresh rotates the one refresh token, and Logto revokes
/// the whole grant when a rotated one comes back). A refresh Logto refuses ends the session.
/// </summary>
internal sealed partial class SessionRefresher(
    ServerSideTicketStore store,
    UserSessions sessions,
    RefreshLock refreshLock,
    LogtoTokenClient logto,
    IOptions<SessionOptions> options,
    IOptions<LogtoOptions> logtoOptions,
    TimeProvider clock,
    ILogger<SessionRefresher> logger)
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(15);

    public Task<SessionCheck> CheckAsync(string sessionId, CancellationToken cancellationToken) =>
        CheckAsync(sessionId, SessionTokens.User, cancellationToken);

    /// <summary>
    /// The session's access token for <c>Logto:ApiResource</c>, obtained as Logto's SDKs do (a refresh-token grant with
    /// <c>resource</c>) the first time it is needed and again when it nears expiry. Null without an API resource, when
    /// the session has ended, or when Logto cannot be asked or refuses the resource.
    /// </summary>
    public async Task<string?> GetApiAccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!logtoOptions.Value.HasApiResource)
            return null;

        var check = await CheckAsync(sessionId, SessionTokens.Api, cancellationToken);
        return check.Ticket is { } ticket && !NeedsRefresh(ticket, SessionTokens.Api) ? SessionTokens.Api.Read(ticket.Properties) : null;
    }

    private async Task<SessionCheck> CheckAsync(string sessionId, SessionTokens tokens, CancellationToken cancellationToken)
    {
        var ticket = await store.RetrieveByIdAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        return NeedsRefresh(ticket, tokens) ? await RefreshAsync(sessionId, tokens, cancellationToken) : new(SessionState.Active, ticket);
    }

    private async Task<SessionCheck> RefreshAsync(string sessionId, SessionTokens tokens, CancellationToken cancellationToken)
    {
        var waitUntil = clock.GetUtcNow() + MaxWait;
        while (true)
        {
            if (await refreshLock.TryTakeAsync(sessionId, cancellationToken))
            {
                try
                {
                    return await RefreshHoldingLockAsync(sessionId, tokens, cancellationToken);
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

            if (!NeedsRefresh(latest, tokens))
            {
                return new(SessionState.Active, latest);
            }

            if (clock.GetUtcNow() > waitUntil)
            {
                return new(SessionState.Unavailable, latest);
            }
        }
    }

    private async Task<SessionCheck> RefreshHoldingLockAsync(string sessionId, SessionTokens tokens, CancellationToken cancellationToken)
    {
        // Read again past the cache: the previous holder may have refreshed a moment ago.
        var ticket = await store.LoadAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        if (!NeedsRefresh(ticket, tokens))
        {
            return new(SessionState.Active, ticket);
        }

        // From here on the caller's cancellation is ignored (Logto:Timeout still bounds the call): Logto rotates the
        // refresh token as it answers, so a refresh abandoned mid-way (a page closed, a prerendering request ended) would
        // leave only the spent token, whose next use revokes the whole grant and signs the user out.
        var subject = ticket.Principal.FindFirst(LogtoClaimTypes.Subject)?.Value ?? "";
        var resource = tokens == SessionTokens.Api ? logtoOptions.Value.ApiResource : null;
        var outcome = await logto.RefreshAsync(ticket.Properties.GetTokenValue("refresh_token")!, subject, CancellationToken.None, resource);
        switch (outcome.Status)
        {
            case RefreshStatus.Unavailable:
                return new(SessionState.Unavailable, ticket);
            case RefreshStatus.Rejected when outcome.GrantIsGone:
                await sessions.EndByIdAsync(sessionId, CancellationToken.None);
                return SessionCheck.Ended;
            case RefreshStatus.Rejected:
                // Logto refused the resource, not the grant (say, no API resource of that name in the tenant).
                LogApiTokenRefused(logger, outcome.Error ?? "unknown");
                return new(SessionState.Unavailable, ticket);
        }

        var refreshed = Apply(ticket, outcome, tokens);
        await store.SaveAsync(sessionId, refreshed, CancellationToken.None);
        LogRefreshed(logger, sessionId[..8], tokens.AccessToken);
        return new(SessionState.Refreshed, refreshed);
    }

    private AuthenticationTicket Apply(AuthenticationTicket ticket, RefreshOutcome outcome, SessionTokens tokens)
    {
        var response = outcome.Tokens!;
        var properties = ticket.Properties.Clone();
        var expiresAt = clock.GetUtcNow().AddSeconds(int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 3600);
        tokens.Write(properties, response.AccessToken, expiresAt);
        if (response.RefreshToken is not null)
        {
            properties.UpdateTokenValue("refresh_token", response.RefreshToken);
        }

        if (response.IdToken is not null)
        {
            properties.UpdateTokenValue("id_token", response.IdToken);
        }

        var principal = outcome.IdToken is null ? ticket.Principal : RefreshedPrincipal.From(ticket.Principal, outcome.IdToken);
        return new AuthenticationTicket(principal, properties, ticket.AuthenticationScheme);
    }

    /// <summary>Only sessions with a refresh token can refresh; without one the session simply runs to its end.</summary>
    private bool NeedsRefresh(AuthenticationTicket ticket, SessionTokens tokens) =>
        ticket.Properties.GetTokenValue("refresh_token") is { Length: > 0 } &&
        (tokens.ExpiryOf(ticket.Properties) is { } expiresAt
            ? expiresAt - options.Value.RefreshLeeway <= clock.GetUtcNow()
            // No API token yet: the first use fetches one. A user token always comes with the sign-in.
            : tokens == SessionTokens.Api);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the tokens of session {SessionPrefix}… (new {Token}).")]
    private static partial void LogRefreshed(ILogger logger, string sessionPrefix, string token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto refused the API resource's token ({Error}); the session goes on without one.")]
    private static partial void LogApiTokenRefused(ILogger logger, string error);
}
