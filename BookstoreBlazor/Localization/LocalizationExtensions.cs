using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace BookstoreBlazor.Localization;

public static class LocalizationExtensions
{
    public static WebApplicationBuilder AddBookstoreLocalization(this WebApplicationBuilder builder)
    {
        // Resources live next to their marker classes in Localization/Resources (see the README's "Languages").
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = BookstoreCultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(BookstoreCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // "ko-KR" from a browser means ko; an unsupported language falls through to the next provider, then English.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The user's explicit choice, then the browser's; no query-string provider, so a link cannot switch it.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseBookstoreLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
