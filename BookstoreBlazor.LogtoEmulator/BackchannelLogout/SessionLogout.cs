namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>Ends Logto sessions and tells the applications that got tokens through them (back-channel logout).</summary>
internal sealed class SessionLogout(LogtoSessions sessions, BackchannelLogoutSender sender, TimeProvider clock)
{
    // The user's sign-out waits at most this long: an app that is down or slow must not hold it up.
    public static readonly TimeSpan SignOutWait = TimeSpan.FromSeconds(2);

    /// <summary>The end-session endpoint: one session, the one whose cookie the browser sent.</summary>
    public async Task EndSessionAsync(string sessionId, string userId)
    {
        if (sessions.End(sessionId, userId) is { } ended)
            await Task.WhenAny(sender.NotifyAsync(ended), Task.Delay(SignOutWait, clock));
    }

    /// <summary>Logto console's "sign out of all sessions": every session of the user; returns how many ended.</summary>
    public async Task<int> EndUserSessionsAsync(string userId)
    {
        var ended = sessions.EndAllOf(userId);
        await Task.WhenAll(ended.Select(sender.NotifyAsync));
        return ended.Count;
    }
}
