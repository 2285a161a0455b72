using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Admin;

public static class AdminExtensions
{
    /// <summary>Who is an admin (a Logto role), and a 403 page for everyone else who opens an admin page.</summary>
    public static WebApplicationBuilder AddBookstoreAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddBookstoreAdminPolicy();
        builder.Services.AddOptions<CookieAuthenticationOptions>(LogtoSchemes.Cookie)
            .Configure(cookie => cookie.Events.OnRedirectToAccessDenied = AnswerForbidden);
        return builder;
    }

    /// <summary>The <see cref="BookstorePolicies.Admin"/> policy, read from <see cref="BookstoreOptions.AdminRole"/>.</summary>
    public static IServiceCollection AddBookstoreAdminPolicy(this IServiceCollection services)
    {
        services.AddOptions<BookstoreOptions>().BindConfiguration(BookstoreOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.AdminRole),
                "Bookstore:AdminRole must name the Logto role of the catalogue's admins (the default is \"admin\").")
            .ValidateOnStart();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<BookstoreOptions>>((authorization, bookstore) =>
            authorization.AddPolicy(BookstorePolicies.Admin, BookstorePolicies.AdminPolicy(bookstore.Value.AdminRole)));
        return services;
    }

    /// <summary>
    /// A signed-in user without access gets a plain 403, which the status-code pages turn into the friendly page; the
    /// cookie handler's default would redirect to an access-denied page Bookstore does not have.
    /// </summary>
    private static Task AnswerForbidden(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
