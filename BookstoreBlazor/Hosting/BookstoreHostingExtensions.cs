using System.Text.Encodings.Web;
using System.Text.Unicode;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Components;
using MudBlazor.Services;

namespace BookstoreBlazor.Hosting;

public static class BookstoreHostingExtensions
{
    public static WebApplicationBuilder AddBookstoreUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
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
            app.UseHttpsRedirection();
        }
        // Every error status (404, 400, 503 ...) gets a friendly page rather than an empty body.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapBookstore(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapLogtoEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
