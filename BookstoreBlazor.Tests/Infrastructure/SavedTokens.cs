using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Reads the tokens the app saved in its auth cookie, the way the app itself would.</summary>
public static class SavedTokens
{
    public static AuthenticationProperties Read(EmulatorEnvironment env)
    {
        var cookies = env.Browser.Cookies.GetCookies(env.AppBase);
        var value = cookies["bookstore.auth"]?.Value ?? throw new InvalidOperationException("Not signed in: no auth cookie.");
        // The cookie manager splits large cookies into "chunks-N" plus bookstore.authC1..CN.
        if (value.StartsWith("chunks-", StringComparison.Ordinal))
            value = string.Concat(Enumerable.Range(1, int.Parse(value["chunks-".Length..])).Select(i => cookies[$"bookstore.authC{i}"]!.Value));

        var options = env.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LogtoSchemes.Cookie);
        return options.TicketDataFormat.Unprotect(value)?.Properties ?? throw new InvalidOperationException("The auth cookie does not decrypt.");
    }
}
