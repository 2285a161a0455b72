using System.Text.Encodings.Web;
using System.Text.Unicode;
using BookstoreBlazor.Api;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components;
using BookstoreBlazor.Health;
using BookstoreBlazor.Localization;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Theming;
using Microsoft.AspNetCore.Diagnostics;
using MudBlazor.Services;

namespace BookstoreBlazor.Hosting;

public static class BookstoreHostingExtensions
{
    public static WebApplicationBuilder AddBookstoreUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddBookstoreTheme();
        // Korean names (Kakao nicknames) stay readable in the HTML; <, >, &, quotes are still escaped.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseBookstorePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500", createScopeForErrors: true);
            app.UseHsts();
            // Load balancers and orchestrators probe over plain http inside the network and do not follow redirects.
            app.UseWhen(context => !HealthEndpoints.IsProbe(context.Request), https => https.UseHttpsRedirection());
        }
        // Every error status (404, 400, 503 ...) gets a friendly page rather than an empty body.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.Use(RenderErrorPagesAsGet);
        app.UseBookstoreApi();
        app.UseSessionStoreOutagePage();
        app.UseAuthentication();
        app.UseSessionRefresh();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    // An error page is only ever read: a failed POST (say, a sign-out with a bad token) must not make
    // Blazor treat the re-executed page as a form submission that needs a form and an antiforgery token.
    private static Task RenderErrorPagesAsGet(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
            context.Request.Method = HttpMethods.Get;
        return next(context);
    }

    public static WebApplication MapBookstore(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapLogtoEndpoints();
        app.MapCultureEndpoint();
        app.MapThemeEndpoints();
        app.MapSessionEndpoints();
        app.MapBackchannelLogout();
        app.MapBookstoreApi();
        app.MapBookstoreHealth();
        app.MapCatalog();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
