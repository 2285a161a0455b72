using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// A session after a check: still fine, just refreshed, ended (gone, expired or refused by Logto), kept as it was
/// because Logto could not be asked, or kept as it was because Logto refused only the token asked for (with its
/// <paramref name="Refusal"/>, the OAuth error).
/// </summary>
public sealed record SessionCheck(SessionState State, AuthenticationTicket? Ticket, string? Refusal = null)
{
    public static SessionCheck Ended { get; } = new(SessionState.Ended, null);
}

public enum SessionState
{
    Active,
    Refreshed,
    Ended,
    Unavailable,

    /// <summary>Logto refused an API resource's or an organization's token, not the grant: the session goes on.</summary>
    Refused,
}
