using Microsoft.Extensions.Caching.Memory;

namespace BookstoreBlazor.Sessions;

/// <summary>The ids (<c>jti</c>) of logout tokens this instance has already acted on.</summary>
internal sealed class LogoutTokenReplays(IMemoryCache cache)
{
    private readonly Lock _lock = new();

    /// <summary>
    /// False when the id was seen before. Kept per instance only: another instance accepts the same token once more,
    /// which is bounded by the token's <c>iat</c> window and can only end what the token already names.
    /// </summary>
    public bool TryUse(string jti, DateTimeOffset rememberUntil)
    {
        var key = "bookstore-logout-token:" + jti;
        lock (_lock)
        {
            if (cache.TryGetValue(key, out _))
                return false;
            cache.Set(key, true, rememberUntil);
            return true;
        }
    }
}
