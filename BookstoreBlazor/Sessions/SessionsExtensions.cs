using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions;

public static class SessionsExtensions
{
    /// <summary>
    /// Server-side sessions: tickets and the data-protection key ring in the database, a key in the cookie. (Or, as a
    /// benchmark baseline only, tickets in the cookie: see <see cref="SessionOptions.TokensInCookie"/>.)
    /// </summary>
    public static WebApplicationBuilder AddBookstoreSessions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName);
        services.AddSessionDatabase(builder.Configuration, builder.Environment);
        // Keys in the shared database: a restart or another instance can read the cookies this one wrote.
        services.AddDataProtection().PersistKeysToDbContext<BookstoreDbContext>().SetApplicationName("Bookstore");
        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<MemoryCacheOptions>().Configure<TimeProvider>((cache, clock) => cache.Clock = new CacheClock(clock));
        services.AddSingleton<GoneSessions>();
        services.AddSingleton<ServerSideTicketStore>();
        services.AddSingleton<UserSessions>();
        services.AddSingleton<ExpiredSessionPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredSessionPruner>());
        services.AddSingleton<LogtoTokenClient>();
        services.AddSingleton<RefreshLock>();
        services.AddSingleton<SessionRefresher>();
        services.AddSingleton<LogoutTokenReplays>();
        services.AddSingleton<LogoutTokenValidator>();

        services.AddOptions<CookieAuthenticationOptions>(LogtoSchemes.Cookie)
            .Configure<IOptions<SessionOptions>>((cookie, sessions) =>
            {
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
            });
        if (TokensInCookie(builder.Configuration))
            services.AddTokensInCookie();
        else
            services.AddServerSideTickets();
        return builder;
    }

    private static void AddServerSideTickets(this IServiceCollection services)
    {
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddOptions<CookieAuthenticationOptions>(LogtoSchemes.Cookie)
            .Configure<ServerSideTicketStore>((cookie, store) => cookie.SessionStore = store)
            // After the cookie handler's own post-configuration (registered with the scheme), which creates the format.
            .PostConfigure(cookie => cookie.TicketDataFormat = new DecryptedCookies(
                cookie.TicketDataFormat ?? throw new InvalidOperationException("The cookie scheme has no ticket format yet.")));
    }

    /// <summary>
    /// The benchmark baseline (Microsoft's and Logto's samples): with no session store the cookie handler serializes
    /// the whole ticket, tokens included, into the cookie (chunked when large), and the framework's provider never
    /// revalidates, since nothing on the server could say a session ended.
    /// </summary>
    private static void AddTokensInCookie(this IServiceCollection services)
    {
        services.AddScoped<AuthenticationStateProvider, ServerAuthenticationStateProvider>();
        services.AddHostedService<TokensInCookieWarning>();
    }

    // Read before Build: it decides which services are registered, not only how they behave.
    private static bool TokensInCookie(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{SessionOptions.SectionName}:{nameof(SessionOptions.TokensInCookie)}");

    /// <summary>A 503 status page when the session database is down or locked; goes right before authentication.</summary>
    public static IApplicationBuilder UseSessionStoreOutagePage(this IApplicationBuilder app) => app.UseMiddleware<SessionStoreOutageMiddleware>();

    /// <summary>Checks sessions on page loads (refreshing tokens when due); goes right after authentication.</summary>
    public static IApplicationBuilder UseSessionRefresh(this IApplicationBuilder app) =>
        // With tokens in the cookie there is no session to check: the middleware is left out rather than run idle.
        app.ApplicationServices.GetRequiredService<IOptions<SessionOptions>>().Value.TokensInCookie
            ? app
            : app.UseMiddleware<SessionRefreshMiddleware>();
}
