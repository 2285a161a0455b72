namespace BookstoreBlazor.Hosting;

/// <summary>Names and attributes of the cookies Bookstore sets itself: the auth and antiforgery cookies, and the reader's preferences.</summary>
public static class BookstoreCookies
{
    public const string Auth = "bookstore.auth";
    public const string Antiforgery = "bookstore.antiforgery";

    /// <summary>
    /// Outside Development the app is https-only (HSTS, redirection), so the cookies take the <c>__Host-</c> prefix: the
    /// browser then refuses them unless Secure, Path=/ and without Domain, so neither a sibling subdomain nor a plain-http
    /// response can plant or overwrite them. Development serves plain http on localhost, where a prefixed cookie would be
    /// dropped, so it keeps the bare name (tests read it) and marks it Secure only when the request is https.
    /// </summary>
    public static void Apply(CookieBuilder cookie, string name, SameSiteMode sameSite, IHostEnvironment environment)
    {
        var https = !environment.IsDevelopment();
        cookie.Name = https ? "__Host-" + name : name;
        cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.SameSite = sameSite;
        cookie.Path = "/";
        cookie.Domain = null;
    }

    public static WebApplicationBuilder AddBookstoreAntiforgery(this WebApplicationBuilder builder)
    {
        // Strict (the framework's default): our forms post only from our own pages, so no cross-site request needs it.
        builder.Services.AddAntiforgery(options => Apply(options.Cookie, Antiforgery, SameSiteMode.Strict, builder.Environment));
        return builder;
    }

    /// <summary>
    /// A reader's preference (language, palette) kept for a year: not a secret and not an identity, so scripts may
    /// read it (the framework's own default for the culture cookie), and signed out or in alike.
    /// </summary>
    public static CookieOptions Preference(HttpContext context) => new()
    {
        HttpOnly = false,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = "/",
        MaxAge = TimeSpan.FromDays(365),
        IsEssential = true,
    };
}
