using BookstoreBlazor.Authentication.WarmUp;
using BookstoreBlazor.Hosting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Authentication;

public static class LogtoAuthenticationExtensions
{
    /// <summary>Cookie sessions, signed in through Logto with OpenID Connect (code + PKCE).</summary>
    public static WebApplicationBuilder AddLogtoAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LogtoOptions>().BindConfiguration(LogtoOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LogtoOptions>, LogtoOptionsValidator>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = LogtoSchemes.Cookie;
                // Protected pages go through /sign-in (not straight to Logto) so every sign-in takes one path.
                options.DefaultChallengeScheme = LogtoSchemes.Cookie;
            })
            .AddCookie(LogtoSchemes.Cookie, options =>
            {
                options.LoginPath = LogtoRoutes.SignIn;
                options.ReturnUrlParameter = LogtoRoutes.ReturnUrlParameter;
                // Lax, not Strict: the return from Logto is a cross-site navigation that must carry the session.
                BookstoreCookies.Apply(options.Cookie, BookstoreCookies.Auth, SameSiteMode.Lax, builder.Environment);
            })
            .AddOpenIdConnect(LogtoSchemes.Logto, "Logto", _ => { });

        services.AddOptions<OpenIdConnectOptions>(LogtoSchemes.Logto)
            .Configure<IOptions<LogtoOptions>>((oidc, logto) => LogtoOpenIdConnect.Configure(oidc, logto.Value));
        services.AddTransient<LogtoOpenIdConnectEvents>();
        services.AddHostedService<LogtoWarmUp>();

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return builder;
    }
}
