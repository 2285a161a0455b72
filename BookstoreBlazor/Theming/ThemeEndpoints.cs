using BookstoreBlazor.Hosting;
using BookstoreBlazor.Authentication;
using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Theming;

/// <summary>
/// The theme's style sheet, and the dark-mode toggle's target. The toggle is a plain GET link, like the language menu's
/// (see CultureEndpoint): it must work on static and status pages and before any form exists, and the worst a forged
/// link can do is switch the palette, which the reader switches back with one click. The return address is reduced to
/// a local path, so the endpoint is no open redirect.
/// </summary>
internal static class ThemeEndpoints
{
    /// <summary>The style sheet is built from the theme once per process, on first use.</summary>
    public static IServiceCollection AddBookstoreTheme(this IServiceCollection services) =>
        // No request is waiting on the build: MapThemeEndpoints asks for it while the app starts.
        services.AddSingleton(_ => ThemeStyleSheet.BuildAsync().GetAwaiter().GetResult());

    public static IEndpointRouteBuilder MapThemeEndpoints(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<ThemeStyleSheet>();
        app.MapGet(ThemeRoutes.StyleSheet, (HttpContext context, ThemeStyleSheet sheet) =>
        {
            var headers = context.Response.GetTypedHeaders();
            // Pages link it with its version, so a changed theme is a new address.
            headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365) };
            headers.ETag = new EntityTagHeaderValue($"\"{sheet.Version}\"");
            return context.Request.Headers.IfNoneMatch == $"\"{sheet.Version}\""
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(sheet.Content, "text/css; charset=utf-8");
        });

        app.MapGet(ThemeRoutes.Choose, (HttpContext context, string? mode, string? returnUrl) =>
        {
            if (ThemeChoice.Parse(mode) is not { } chosen)
                return Results.BadRequest();

            context.Response.Cookies.Append(ThemeChoice.CookieName, chosen, BookstoreCookies.Preference(context));
            return Results.LocalRedirect(LocalReturnUrl.Sanitize(returnUrl));
        });
        return app;
    }

}
