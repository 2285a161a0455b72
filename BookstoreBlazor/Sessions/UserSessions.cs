using BookstoreBlazor.Sessions.Storage;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Sessions;

/// <summary>A user's sessions as the sessions page and the logout paths see them.</summary>
public sealed record SessionSummary(string Id, DateTime CreatedAt, DateTime LastSeenAt, string? UserAgent, string? IpAddress);

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

    /// <summary>Ends one of <paramref name="userId"/>'s sessions; returns how many ended (0 or 1).</summary>
    public Task<int> EndAsync(string userId, string id, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.UserId == userId && s.Id == id, cancellationToken);

    public Task<int> EndByIdAsync(string id, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.Id == id, cancellationToken);

    public Task<int> EndAllExceptAsync(string userId, string keepId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.UserId == userId && s.Id != keepId, cancellationToken);

    /// <summary>Back-channel logout: the sessions Logto's session <paramref name="logtoSessionId"/> signed in.</summary>
    public Task<int> EndLogtoSessionAsync(string logtoSessionId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.LogtoSessionId == logtoSessionId, cancellationToken);

    /// <summary>As <see cref="EndLogtoSessionAsync(string, CancellationToken)"/>, when the token names the user as well: both must match.</summary>
    public Task<int> EndLogtoSessionAsync(string logtoSessionId, string userId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.LogtoSessionId == logtoSessionId && s.UserId == userId, cancellationToken);

    public Task<int> EndAllForUserAsync(string userId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.UserId == userId, cancellationToken);

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
