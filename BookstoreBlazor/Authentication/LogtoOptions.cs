using BookstoreBlazor.Clubs.Access;

namespace BookstoreBlazor.Authentication;

/// <summary>The <c>Logto</c> configuration section.</summary>
public sealed class LogtoOptions
{
    public const string SectionName = "Logto";

    /// <summary>The tenant URL, e.g. <c>https://abc123.logto.app/</c>; a trailing slash is optional.</summary>
    public string Endpoint { get; set; } = "";

    public string AppId { get; set; } = "";

    /// <summary>Never committed: set through <c>Logto__AppSecret</c> or user-secrets.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>
    /// With <c>urn:logto:scope:organizations</c> (the default), sign-in also asks for Logto's organizations resource and the
    /// clubs' permissions, as Logto's SDKs do, so the session can get organization tokens for its clubs.
    /// </summary>
    public string Scopes { get; set; } =
        "openid profile email offline_access identities roles " + LogtoOrganizations.Scope + " " + LogtoOrganizations.RolesScope;

    /// <summary><c>consent</c> by default: Logto issues a refresh token only with it.</summary>
    public string Prompt { get; set; } = "consent";

    /// <summary>
    /// Connector targets allowed on <c>/sign-in/{connector}</c>; <c>kakao</c> when not configured. Null rather than a
    /// default array because the configuration binder appends to an existing array instead of replacing it.
    /// </summary>
    public string[]? SocialConnectors { get; set; }

    /// <summary>
    /// The API resource indicator from Logto Console (API resources), e.g. <c>https://api.bookstore.example</c>. When set,
    /// sign-in asks for it (RFC 8707 <c>resource</c>) with the API's scopes, and <c>/api</c> accepts only tokens for it.
    /// Empty: no API token is asked for, and <c>/api</c> accepts none.
    /// </summary>
    public string ApiResource { get; set; } = "";

    public bool HasApiResource => !string.IsNullOrWhiteSpace(ApiResource);

    /// <summary>
    /// The longest any one call to Logto may take (discovery, keys, PAR, code redemption, userinfo, refresh, revocation):
    /// a Logto that answers slowly then fails like one that is down, instead of holding the user's request.
    /// </summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one session's refresh may hold its lock: longer than a refresh can take, so it never lapses mid-way,
    /// yet short enough that a crashed holder blocks the session only briefly.
    /// </summary>
    public TimeSpan RefreshHold => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 3 * Timeout.Ticks));

    /// <summary>
    /// How long a refresh's answer is still awaited after the page stopped waiting (at <see cref="Timeout"/>): Logto
    /// rotates the refresh token as it answers, so a late answer is the only copy of the new one. Within the lock's
    /// hold, leaving one <see cref="Timeout"/> for discovery.
    /// </summary>
    public TimeSpan RefreshAnswerLimit => RefreshHold - Timeout;

    /// <summary>Past this a "timeout" is a mistake, e.g. <c>10</c>, which a time span reads as ten days.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(2);

    public IReadOnlyList<string> AllowedConnectors =>
        SocialConnectors?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? ["kakao"];

    public Uri EndpointUri => new(Endpoint.TrimEnd('/') + "/", UriKind.Absolute);

    public string Authority => Endpoint.TrimEnd('/') + "/oidc";

    public IEnumerable<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool AsksForOrganizations => ScopeList.Contains(LogtoOrganizations.Scope);

    /// <summary>The RFC 8707 resources sign-in names: the API resource, then Logto's organizations resource.</summary>
    public IReadOnlyList<string> SignInResources =>
    [
        .. HasApiResource ? [ApiResource] : Array.Empty<string>(),
        .. AsksForOrganizations ? [LogtoOrganizations.Resource] : Array.Empty<string>(),
    ];

    public bool AllowsConnector(string connector) =>
        AllowedConnectors.Contains(connector, StringComparer.OrdinalIgnoreCase);
}
