using BookstoreBlazor.Hosting;
using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Localization;

namespace BookstoreBlazor.Localization;

/// <summary>
/// The language menu's target: stores the choice in the standard culture cookie and sends the browser back to the page.
/// A plain GET link (no antiforgery token) on purpose: the language menu must work on statically rendered pages and
/// before any form exists, and the worst a forged link can do is switch the language, which the user switches back
/// with one click — no data, session or account changes. The return address is reduced to a local path, so the
/// endpoint is no open redirect.
/// </summary>
internal static class CultureEndpoint
{
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(LocalizationRoutes.SetCulture, (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (!BookstoreCultures.IsSupported(culture))
                return Results.BadRequest();

            var chosen = BookstoreCultures.Supported.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                BookstoreCookies.Preference(context));
            return Results.LocalRedirect(LocalReturnUrl.Sanitize(returnUrl));
        });
        return app;
    }
}
