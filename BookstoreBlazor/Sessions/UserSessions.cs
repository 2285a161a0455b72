using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions;

/// <summary>A user's sessions as the sessions page and the logout paths see them.</summary>
public sealed record SessionSummary(string Id, DateTime CreatedAt, DateTime LastSeenAt, string? UserAgent, string? IpAddress);

/// <summary>
/// Sessions the sessions page ended, and the refresh tokens they held: Logto honours those until they are revoked,
/// whatever became of the Bookstore session.
/// </summary>
internal sealed record EndedSessions(int Count, IReadOnlyList<string> RefreshTokens);

/// <summary>Lists and ends sessions. Ending one drops it from this instance's cache at once, and from others' soon.</summary>
internal sealed class UserSessions(IDbContextFactory<BookstoreDbContext> databases, ServerSideTicketStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionSummary(s.Id, s.CreatedAt, s.LastSeenAt, s.UserAgent, s.IpAddress))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the session still exists and has not expired (read through the cache).</summary>
    public async Task<bool> IsActiveAsync(string id, CancellationToken cancellationToken = default) =>
        await store.RetrieveByIdAsync(id, cancellationToken) is not null;

    /// <summary>Ends one of <paramref name="userId"/>'s sessions (0 or 1 ended), handing back its refresh token to revoke.</summary>
    public Task<EndedSessions> EndAsync(string userId, string id, CancellationToken cancellationToken = default) =>
        EndHandingBackTokensAsync(s => s.UserId == userId && s.Id == id, cancellationToken);

    public Task<int> EndByIdAsync(string id, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.Id == id, cancellationToken);

    public Task<EndedSessions> EndAllExceptAsync(string userId, string keepId, CancellationToken cancellationToken = default) =>
        EndHandingBackTokensAsync(s => s.UserId == userId && s.Id != keepId, cancellationToken);

    /// <summary>Back-channel logout: the sessions Logto's session <paramref name="logtoSessionId"/> signed in.</summary>
    public Task<int> EndLogtoSessionAsync(string logtoSessionId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.LogtoSessionId == logtoSessionId, cancellationToken);

    /// <summary>As <see cref="EndLogtoSessionAsync(string, CancellationToken)"/>, when the token names the user as well: both must match.</summary>
    public Task<int> EndLogtoSessionAsync(string logtoSessionId, string userId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.LogtoSessionId == logtoSessionId && s.UserId == userId, cancellationToken);

    public Task<int> EndAllForUserAsync(string userId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.UserId == userId, cancellationToken);

    /// <summary>
    /// Reads the tickets before deleting: once deleted, nothing holds the refresh tokens any more. A refresh of one of
    /// these sessions on another instance in between would rotate its token; revoking the old one then fails quietly.
    /// </summary>
    private async Task<EndedSessions> EndHandingBackTokensAsync(System.Linq.Expressions.Expression<Func<UserSession, bool>> which,
        CancellationToken cancellationToken)
    {
        List<byte[]> tickets;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            tickets = await db.Sessions.AsNoTracking().Where(which).Select(s => s.Ticket).ToListAsync(cancellationToken);
        var ended = await EndWhereAsync(which, cancellationToken);
        var refreshTokens = tickets.Select(store.RefreshTokenIn).OfType<string>().Where(t => t.Length > 0).ToList();
        return new EndedSessions(ended, refreshTokens);
    }

    private async Task<int> EndWhereAsync(System.Linq.Expressions.Expression<Func<UserSession, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ids = await db.Sessions.Where(which).Select(s => s.Id).ToListAsync(cancellationToken);
        var ended = await db.Sessions.Where(which).ExecuteDeleteAsync(cancellationToken);
        // After the delete: a revalidation between forgetting and deleting would cache the ended ticket again.
        foreach (var id in ids)
        {
            store.Forget(id);
        }

        return ended;
    }
}
