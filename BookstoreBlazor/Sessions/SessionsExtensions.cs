using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Refresh;
using BookstoreBlazor.Sessions.Storage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Sessions;

public static class SessionsExtensions
{
    /// <summary>Server-side sessions: tickets and the data-protection key ring in the database, a key in the cookie.</summary>
    public static WebApplicationBuilder AddBookstoreSessions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName);
        services.AddSessionDatabase(builder.Configuration, builder.Environment);
        // Keys in the shared database: a restart or another instance can read the cookies this one wrote.
        services.AddDataProtection().PersistKeysToDbContext<BookstoreDbContext>().SetApplicationName("Bookstore");
        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServerSideTicketStore>();
        services.AddSingleton<UserSessions>();
        services.AddSingleton<ExpiredSessionPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredSessionPruner>());
        services.AddSingleton<LogtoTokenClient>();
        services.AddSingleton<RefreshLock>();
        services.AddSingleton<SessionRefresher>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddSingleton<LogoutTokenReplays>();
        services.AddSingleton<LogoutTokenValidator>();

        services.AddOptions<CookieAuthenticationOptions>(LogtoSchemes.Cookie)
            .Configure<ServerSideTicketStore, IOptions<SessionOptions>>((cookie, store, sessions) =>
            {
                cookie.SessionStore = store;
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
            });
        return builder;
    }

    /// <summary>A 503 status page when the session database is down or locked; goes right before authentication.</summary>
    public static IApplicationBuilder UseSessionStoreOutagePage(this IApplicationBuilder app) => app.UseMiddleware<SessionStoreOutageMiddleware>();

    /// <summary>Checks sessions on page loads (refreshing tokens when due); goes right after authentication.</summary>
    public static IApplicationBuilder UseSessionRefresh(this IApplicationBuilder app) => app.UseMiddleware<SessionRefreshMiddleware>();
}
