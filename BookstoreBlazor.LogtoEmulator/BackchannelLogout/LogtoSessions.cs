using System.Collections.Concurrent;

namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>A Logto session that has ended: whose it was and which applications got tokens through it.</summary>
internal sealed record EndedSession(string SessionId, string UserId, IReadOnlyCollection<string> ClientIds);

/// <summary>
/// Which applications obtained tokens in which Logto session, so ending a session knows whom to tell; and which
/// sessions have ended, so their cookies stop signing anyone in. In memory, like the rest of the emulator.
/// </summary>
internal sealed class LogtoSessions
{
    private readonly ConcurrentDictionary<string, Tracked> _sessions = new(StringComparer.Ordinal);

    public void Record(string sessionId, string userId, string clientId)
    {
        var tracked = _sessions.GetOrAdd(sessionId, _ => new Tracked(userId));
        lock (tracked)
            tracked.ClientIds.Add(clientId);
    }

    public bool HasEnded(string sessionId) => _sessions.TryGetValue(sessionId, out var tracked) && tracked.Ended;

    /// <summary>Ends one session; null when it had already ended.</summary>
    public EndedSession? End(string sessionId, string userId)
    {
        var tracked = _sessions.GetOrAdd(sessionId, _ => new Tracked(userId));
        return TryEnd(sessionId, tracked);
    }

    /// <summary>Ends every open session of the user that an application got tokens through.</summary>
    public IReadOnlyList<EndedSession> EndAllOf(string userId) =>
        _sessions.Where(s => s.Value.UserId == userId)
            .Select(s => TryEnd(s.Key, s.Value))
            .OfType<EndedSession>()
            .ToList();

    private static EndedSession? TryEnd(string sessionId, Tracked tracked)
    {
        lock (tracked)
        {
            if (tracked.Ended)
                return null;
            tracked.Ended = true;
            return new EndedSession(sessionId, tracked.UserId, tracked.ClientIds.ToArray());
        }
    }

    private sealed class Tracked(string userId)
    {
        public string UserId { get; } = userId;
        public HashSet<string> ClientIds { get; } = new(StringComparer.Ordinal);
        public bool Ended { get; set; }
    }
}
