namespace BookstoreBlazor.Sessions;

/// <summary>The <c>Sessions</c> configuration section.</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>The SQLite file used when no PostgreSQL connection string is set; relative to the content root.</summary>
    public string DatabasePath { get; set; } = "bookstore.db";

    /// <summary>
    /// How long a call to the session database may wait: for another writer's lock (SQLite), or to connect and per
    /// command (PostgreSQL, unless its connection string sets <c>Timeout</c> or <c>Command Timeout</c>). Past it the
    /// user gets the 503 page rather than a hung request.
    /// </summary>
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an instance may serve a session from memory before reading it again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an open interactive page checks that its session still exists.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An access token this close to expiry is refreshed before it is used.</summary>
    public TimeSpan RefreshLeeway { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a session lives without being used.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// A benchmark baseline, never for production: the whole ticket (claims and tokens) goes into the auth cookie, as
    /// in Microsoft's and Logto's samples, instead of the session database. Sessions then cannot be listed or revoked,
    /// open pages are not revalidated and tokens are not refreshed.
    /// </summary>
    public bool TokensInCookie { get; set; }
}
