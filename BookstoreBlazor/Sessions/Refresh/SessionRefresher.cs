using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// Keeps a session's access tokens fresh: each is refreshed once it is within <see cref="SessionOptions.RefreshLeeway"/>
/// of expiring, by one caller at a time across instances (every refresh rotates the one refresh token, and Logto revokes
/// the whole grant when a rotated one comes back). A refresh Logto refuses ends the session; a refusal of only the API
/// resource or an organization leaves it as it was.
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

    /// <summary>
    /// The session's organization token for one organization (a club), obtained as Logto's SDKs do (a refresh-token grant
    /// with <c>organization_id</c> and no resource) the first time it is needed and again when it nears expiry. The token
    /// is null unless the check is Active or Refreshed; a <see cref="SessionState.Refused"/> check says why Logto said no.
    /// </summary>
    public async Task<(SessionCheck Check, string? Token)> GetOrganizationTokenAsync(string sessionId, string organizationId,
        CancellationToken cancellationToken)
    {
        var tokens = SessionTokens.Organization(organizationId);
        var check = await CheckAsync(sessionId, tokens, cancellationToken);
        return (check, check.State is SessionState.Active or SessionState.Refreshed && check.Ticket is { } ticket && !NeedsRefresh(ticket, tokens)
            ? tokens.Read(ticket.Properties)
            : null);
    }

    /// <summary>
    /// Refreshes the user's tokens now, due or not (one caller at a time, like any refresh), so the ID token's claims
    /// (clubs, roles) are Logto's of this moment; organization tokens are dropped with it. Refreshed when this or a
    /// concurrent caller refreshed since the call began.
    /// </summary>
    public async Task<SessionCheck> RefreshNowAsync(string sessionId, CancellationToken cancellationToken)
    {
        var ticket = await store.LoadAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        var seen = SessionTokens.User.Read(ticket.Properties);
        var check = await RefreshAsync(sessionId, SessionTokens.User,
            latest => HasRefreshToken(latest) && SessionTokens.User.Read(latest.Properties) == seen, cancellationToken);
        return check is { State: SessionState.Active, Ticket: { } current } && SessionTokens.User.Read(current.Properties) != seen
            ? check with { State = SessionState.Refreshed }
            : check;
    }

    /// <summary>
    /// As <see cref="CheckAsync(string, CancellationToken)"/>, for a ticket the session store handed out in this very
    /// request (the cookie handler's read): reading it again would find the same, so it is not read again.
    /// </summary>
    public Task<SessionCheck> CheckReadAsync(string sessionId, AuthenticationTicket readThisRequest, CancellationToken cancellationToken) =>
        CheckAsync(sessionId, readThisRequest, SessionTokens.User, cancellationToken);

    private async Task<SessionCheck> CheckAsync(string sessionId, SessionTokens tokens, CancellationToken cancellationToken) =>
        await store.RetrieveByIdAsync(sessionId, cancellationToken) is { } ticket
            ? await CheckAsync(sessionId, ticket, tokens, cancellationToken)
            : SessionCheck.Ended;

    private async Task<SessionCheck> CheckAsync(string sessionId, AuthenticationTicket ticket, SessionTokens tokens,
        CancellationToken cancellationToken) =>
        NeedsRefresh(ticket, tokens)
            ? await RefreshAsync(sessionId, tokens, latest => NeedsRefresh(latest, tokens), cancellationToken)
            : new(SessionState.Active, ticket);

    /// <summary>Refreshes <paramref name="tokens"/> while <paramref name="due"/> says the latest ticket still needs it.</summary>
    private async Task<SessionCheck> RefreshAsync(string sessionId, SessionTokens tokens, Func<AuthenticationTicket, bool> due,
        CancellationToken cancellationToken)
    {
        var waitUntil = clock.GetUtcNow() + MaxWait;
        while (true)
        {
            if (await refreshLock.TryTakeAsync(sessionId, cancellationToken))
            {
                return await RefreshWithinTimeoutAsync(sessionId, tokens, due, cancellationToken);
            }

            // Someone else is refreshing this session; their new tokens land in the database.
            await Task.Delay(WaitStep, clock, cancellationToken);
            var latest = await store.LoadAsync(sessionId, cancellationToken);
            if (latest is null)
            {
                return SessionCheck.Ended;
            }

            if (!due(latest))
            {
                return new(SessionState.Active, latest);
            }

            if (clock.GetUtcNow() > waitUntil)
            {
                return new(SessionState.Unavailable, latest);
            }
        }
    }

    /// <summary>
    /// The caller waits at most <c>Logto:Timeout</c>; the refresh itself goes on (and keeps the lock) until Logto answers,
    /// up to <see cref="LogtoOptions.RefreshAnswerLimit"/>. Logto rotates the refresh token as it answers and has no grace
    /// period for the old one, so abandoning a late answer would leave only a spent token, whose next use revokes the
    /// whole grant and signs the user out. Other callers wait for the lock meanwhile, as for any refresh.
    /// </summary>
    private async Task<SessionCheck> RefreshWithinTimeoutAsync(string sessionId, SessionTokens tokens, Func<AuthenticationTicket, bool> due,
        CancellationToken cancellationToken)
    {
        var refresh = RefreshThenReleaseAsync(sessionId, tokens, due, cancellationToken);
        using var stopWaiting = new CancellationTokenSource();
        var waited = Task.Delay(logtoOptions.Value.Timeout, clock, stopWaiting.Token);
        if (await Task.WhenAny(refresh, waited) == refresh)
        {
            await stopWaiting.CancelAsync();
            return await refresh;
        }

        LogAnswerAwaited(logger, sessionId[..8]);
        _ = refresh.ContinueWith(late => LogLateRefreshFailed(logger, late.Exception!.GetBaseException().GetType().Name),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return await store.RetrieveByIdAsync(sessionId, CancellationToken.None) is { } current
            ? new(SessionState.Unavailable, current)
            : SessionCheck.Ended;
    }

    private async Task<SessionCheck> RefreshThenReleaseAsync(string sessionId, SessionTokens tokens, Func<AuthenticationTicket, bool> due,
        CancellationToken cancellationToken)
    {
        try
        {
            return await RefreshHoldingLockAsync(sessionId, tokens, due, cancellationToken);
        }
        finally
        {
            await refreshLock.ReleaseAsync(sessionId);
        }
    }

    private async Task<SessionCheck> RefreshHoldingLockAsync(string sessionId, SessionTokens tokens, Func<AuthenticationTicket, bool> due,
        CancellationToken cancellationToken)
    {
        // Read again past the cache: the previous holder may have refreshed a moment ago.
        var ticket = await store.LoadAsync(sessionId, cancellationToken);
        if (ticket is null)
        {
            return SessionCheck.Ended;
        }

        if (!due(ticket))
        {
            return new(SessionState.Active, ticket);
        }

        // From here on the caller's cancellation is ignored (Logto:Timeout still bounds the call): Logto rotates the
        // refresh token as it answers, so a refresh abandoned mid-way (a page closed, a prerendering request ended) would
        // leave only the spent token, whose next use revokes the whole grant and signs the user out.
        var subject = ticket.Principal.FindFirst(LogtoClaimTypes.Subject)?.Value ?? "";
        var resource = tokens == SessionTokens.Api ? logtoOptions.Value.ApiResource : null;
        var outcome = await logto.RefreshAsync(ticket.Properties.GetTokenValue("refresh_token")!, subject, CancellationToken.None, resource,
            tokens.OrganizationId);
        switch (outcome.Status)
        {
            case RefreshStatus.Unavailable:
                return new(SessionState.Unavailable, ticket);
            case RefreshStatus.Rejected when outcome.GrantIsGone:
                await sessions.EndByIdAsync(sessionId, CancellationToken.None);
                return SessionCheck.Ended;
            case RefreshStatus.Rejected:
                // Logto refused the resource or organization, not the grant (say, no API resource of that name in the
                // tenant, or not a member of that organization): its refresh token was not spent.
                if (tokens.OrganizationId is { } organizationId)
                    LogOrganizationTokenRefused(logger, organizationId, outcome.Error ?? "unknown");
                else
                    LogTokenRefused(logger, tokens.AccessToken, outcome.Error ?? "unknown");
                return new(SessionState.Refused, ticket, outcome.Error);
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
        if (tokens == SessionTokens.User)
        {
            // The user's own tokens were refreshed: each club's token is asked for again, so a member removed in Logto
            // loses the club now, and a changed organization role counts from now on.
            SessionTokens.DropOrganizationTokens(properties);
        }

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
        HasRefreshToken(ticket) &&
        (tokens.ExpiryOf(ticket.Properties) is { } expiresAt
            ? expiresAt - options.Value.RefreshLeeway <= clock.GetUtcNow()
            // No API or organization token yet: the first use fetches one. A user token always comes with the sign-in.
            : tokens.FetchedOnDemand);

    private static bool HasRefreshToken(AuthenticationTicket ticket) => ticket.Properties.GetTokenValue("refresh_token") is { Length: > 0 };

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the tokens of session {SessionPrefix}… (new {Token}).")]
    private static partial void LogRefreshed(ILogger logger, string sessionPrefix, string token);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Logto has not answered the refresh of session {SessionPrefix}… within Logto:Timeout; the page goes on with the current tokens while the answer is awaited.")]
    private static partial void LogAnswerAwaited(ILogger logger, string sessionPrefix);

    [LoggerMessage(Level = LogLevel.Error, Message = "A refresh whose answer came after Logto:Timeout could not be finished ({Cause}).")]
    private static partial void LogLateRefreshFailed(ILogger logger, string cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logto refused the session's {Token} ({Error}); the session goes on without it.")]
    private static partial void LogTokenRefused(ILogger logger, string token, string error);

    /// <summary>Not a warning: anyone may open a club's page, and most who are not members are refused this way.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Logto refused an organization token for {OrganizationId} ({Error}); the session goes on.")]
    private static partial void LogOrganizationTokenRefused(ILogger logger, string organizationId, string error);
}
