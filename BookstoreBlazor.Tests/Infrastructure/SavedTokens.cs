using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Reads what the app keeps for a browser's auth cookie, the way the app itself does.</summary>
public static class SavedTokens
{
    public const string CookieName = BookstoreBlazor.Hosting.BookstoreCookies.Auth;

    /// <summary>The server-side ticket (claims and tokens) behind the browser's auth cookie.</summary>
    public static async Task<AuthenticationTicket> ReadAsync(EmulatorEnvironment env)
    {
        var value = env.Browser.Cookies.GetCookies(env.AppBase)[CookieName]?.Value
            ?? throw new InvalidOperationException("Not signed in: no auth cookie.");
        return await TicketBehindAsync(env.App.Services, value);
    }

    public static async Task<AuthenticationTicket> TicketBehindAsync(IServiceProvider app, string cookieValue)
    {
        var options = app.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LogtoSchemes.Cookie);
        var inCookie = options.TicketDataFormat.Unprotect(cookieValue) ?? throw new InvalidOperationException("The auth cookie does not decrypt.");
        var key = inCookie.Principal.FindFirst("Microsoft.AspNetCore.Authentication.Cookies-SessionId")?.Value
            ?? throw new InvalidOperationException("The auth cookie holds no session key.");
        return await options.SessionStore!.RetrieveAsync(key, CancellationToken.None)
            ?? throw new InvalidOperationException("The session behind the auth cookie is gone.");
    }
}
