using Microsoft.Extensions.Caching.Memory;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// Session ids this instance has found gone (ended, expired, or never stored), so a browser that keeps sending such a
/// cookie — on every page, static file and Blazor request — costs no database read each time. Only the id is kept
/// (the SHA-256 of the cookie's key, as the database has it), never the key.
/// </summary>
/// <remarks>
/// Remembering "gone" can never hide a live session, on this instance or another: a session never comes back once
/// its row is deleted or expired (nothing re-inserts or extends a row past its expiry), and a new session's id is the
/// hash of a fresh 256-bit random key, so it cannot equal a remembered one. A browser is given its cookie only after
/// the row is written, so no instance can see a cookie before its session exists.
/// </remarks>
internal sealed class GoneSessions : IDisposable
{
    // Enough for the stale cookies of a busy instance; past it, a new one costs a database read as before.
    private const int Capacity = 10_000;

    // Gone is final; the limit only lets memory go, and covers an operator restoring the database from a backup.
    private static readonly TimeSpan RememberedFor = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _ids = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public bool Contains(string id) => _ids.TryGetValue(id, out _);

    public void Add(string id) =>
        _ids.Set(id, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberedFor });

    public void Dispose() => _ids.Dispose();
}
