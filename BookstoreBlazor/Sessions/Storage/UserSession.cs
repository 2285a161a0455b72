namespace BookstoreBlazor.Sessions.Storage;

/// <summary>One signed-in browser: its ticket (claims and tokens, encrypted) and what the sessions page shows.</summary>
public sealed class UserSession
{
    /// <summary>SHA-256 of the key in the browser's cookie; the key itself is never stored.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Logto's session id (<c>sid</c>), which back-channel logout names.</summary>
    public string? LogtoSessionId { get; set; }

    public required byte[] Ticket { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    public string? UserAgent { get; set; }
    public string? IpAddress { get; set; }

    /// <summary>Set while one instance refreshes this session's tokens; others wait instead of refreshing too.</summary>
    public DateTime? RefreshingUntil { get; set; }
}
