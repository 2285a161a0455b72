using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// Keeps each sign-in's claims and tokens in the database; the auth cookie carries only a random key. Reads go
/// through a short in-memory cache, so a page load does not cost a database round trip; a session found gone is
/// remembered as gone (<see cref="GoneSessions"/>), so a stale cookie costs none either.
/// </summary>
internal sealed partial class ServerSideTicketStore(
    IDbContextFactory<BookstoreDbContext> databases,
    IDataProtectionProvider dataProtection,
    IMemoryCache cache,
    GoneSessions gone,
    IOptions<SessionOptions> options,
    TimeProvider clock,
    ILogger<ServerSideTicketStore> logger) : ITicketStore
{
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Bookstore.Sessions.Ticket");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, null!, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = SessionKey.Create();
        var id = SessionKey.Hash(key);
        ticket.Principal.Identities.First().AddClaim(new(SessionClaimTypes.SessionId, id));
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = id,
            UserId = ticket.Principal.FindFirst("sub")?.Value ?? "",
            LogtoSessionId = ticket.Principal.FindFirst("sid")?.Value,
            Ticket = Protect(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ExpiryOf(ticket, now),
            UserAgent = Truncate(httpContext?.Request.Headers.UserAgent.ToString(), 512),
            IpAddress = httpContext?.Connection.RemoteIpAddress?.ToString(),
        };
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        Remember(id, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        RenewAsync(key, ticket, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var id = SessionKey.Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var blob = Protect(ticket);
        var expiresAt = ExpiryOf(ticket, now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, blob)
            .SetProperty(x => x.ExpiresAt, expiresAt)
            .SetProperty(x => x.LastSeenAt, now), cancellationToken);
        Remember(id, ticket);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        // The 503 page of an outage is rendered without asking the database again: it just failed, and each try waits.
        httpContext.SessionStoreOutage() is null ? RetrieveAsync(key, cancellationToken) : Task.FromResult<AuthenticationTicket?>(null);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        RetrieveByIdAsync(SessionKey.Hash(key), cancellationToken);

    /// <summary>The ticket of the session with this id (the key's hash), or null when it is gone or expired.</summary>
    public async Task<AuthenticationTicket?> RetrieveByIdAsync(string id, CancellationToken cancellationToken) =>
        // Gone first: it is final, while a ticket cached by a read racing the session's end may outlive it briefly.
        gone.Contains(id) ? null
        : cache.TryGetValue(CacheKey(id), out AuthenticationTicket? cached) ? cached
        : await LoadAsync(id, cancellationToken);

    /// <summary>Reads the session from the database, past the cache (another instance may have changed it).</summary>
    public async Task<AuthenticationTicket?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || session.ExpiresAt <= now)
        {
            gone.Add(id);
            return null;
        }

        // Not remembered as gone: a ticket this instance cannot read yet may be readable once its key ring refreshes.
        if (Unprotect(session.Ticket) is not { } ticket)
        {
            return null;
        }

        if (now - session.LastSeenAt > LastSeenResolution)
        {
            await TouchAsync(db, id, now, cancellationToken);
        }

        Remember(id, ticket);
        return ticket;
    }

    /// <summary>
    /// Records when the session was last used, for the sessions page only. While another writer holds the database
    /// (SQLite readers still read), a missed update must not cost the user the page: the next load records it.
    /// </summary>
    private async Task TouchAsync(BookstoreDbContext db, string id, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            LogLastSeenSkipped(logger, e.GetBaseException().GetType().Name);
        }
    }

    /// <summary>Saves a changed ticket (new tokens and claims) for the session with this id.</summary>
    public async Task SaveAsync(string id, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var blob = Protect(ticket);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, blob), cancellationToken);
        Remember(id, ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) => RemoveAsync(key, cancellationToken);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var id = SessionKey.Hash(key);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        // After the delete, so a check in between cannot cache the ended ticket again.
        Forget(id);
    }

    /// <summary>
    /// For a session just deleted: drops it from this instance's cache and remembers it as gone; other instances drop it
    /// within <see cref="SessionOptions.CacheDuration"/>.
    /// </summary>
    public void Forget(string id)
    {
        gone.Add(id);
        cache.Remove(CacheKey(id));
    }

    /// <summary>The refresh token inside a stored ticket, or null (none, or unreadable with this key ring).</summary>
    public string? RefreshTokenIn(byte[] storedTicket) => Unprotect(storedTicket)?.Properties.GetTokenValue("refresh_token");

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[] blob)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(blob));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Written with a key this instance cannot read (a lost key ring): treat as signed out.
            return null;
        }
    }

    private void Remember(string id, AuthenticationTicket ticket) => cache.Set(CacheKey(id), ticket, options.Value.CacheDuration);

    private DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + options.Value.IdleTimeout;

    private static string CacheKey(string id) => "bookstore-session:" + id;

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "A session's last-seen time was not recorded: the database is busy ({Cause}).")]
    private static partial void LogLastSeenSkipped(ILogger logger, string cause);
}
