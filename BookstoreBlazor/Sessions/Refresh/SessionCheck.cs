using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// A session after a check: still fine, just refreshed, ended (gone, expired or refused by Logto), or kept as it
/// was because Logto could not be asked.
/// </summary>
public sealed record SessionCheck(SessionState State, AuthenticationTicket? Ticket)
{
    public static SessionCheck Ended { get; } = new(SessionState.Ended, null);
}

public enum SessionState
{
    Active,
    Refreshed,
    Ended,
    Unavailable,
}
