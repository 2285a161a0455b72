using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.LogtoEmulator.Storage;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>The emulator's services and routes.</summary>
internal static class EmulatorApp
{
    public static void AddEmulatorServices(this WebApplicationBuilder builder, EmulatorEndpoint endpoint,
        LogtoEmulatorOptions options, SqliteConnection database)
    {
        var services = builder.Services;
        services.AddSingleton(endpoint);
        services.AddSingleton(options);
        services.AddSingleton(options.Kakao);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<EmulatorStatistics>();
        services.AddSingleton<InteractionStore>();
        services.AddSingleton<KakaoSimulator>();
        services.AddSingleton<ClientRegistry>();
        services.AddSingleton<RolePermissions>();
        services.AddSingleton<ApiScopeRegistry>();
        services.AddSingleton<ResourceAccessTokens>();
        services.AddSingleton<AccessTokenForgery>();
        services.AddSingleton(provider => new OrganizationTemplate(provider.GetRequiredService<LogtoEmulatorOptions>()));
        services.AddSingleton<OrganizationDirectory>();
        services.AddSingleton<OrganizationSeeding>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<ManagementApiAuthentication>();
        services.AddHttpClient<KakaoConnector>(http => http.Timeout = options.Kakao.ConnectorTimeout);

        services.AddDbContext<EmulatorDbContext>(db =>
        {
            db.UseSqlite(database.ConnectionString);
            db.UseOpenIddict();
        });
        services.AddLogtoOidcServer(endpoint, options);
        services.AddBackchannelLogout();

        services.AddAuthentication(EmulatorCookies.SessionScheme).AddCookie(EmulatorCookies.SessionScheme, cookie =>
        {
            cookie.Cookie.Name = EmulatorCookies.Session;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.LoginPath = ExperienceRoutes.SignIn;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = EmulatorCookies.Antiforgery;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorComponents();
    }

    public static void MapEmulator(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<LogtoEmulatorOptions>();
        var statistics = app.Services.GetRequiredService<EmulatorStatistics>();
        app.Use(async (context, next) =>
        {
            statistics.CountRequest();
            if (context.Request.Path.Equals("/" + OidcServerSetup.Discovery, StringComparison.Ordinal))
            {
                statistics.CountDiscoveryRequest();
            }

            var revocation = context.Request.Path.StartsWithSegments("/" + OidcServerSetup.Revocation, StringComparison.Ordinal);
            var token = !revocation && context.Request.Path.StartsWithSegments("/" + OidcServerSetup.Token, StringComparison.Ordinal);
            var delay = revocation ? options.RevocationResponseDelay : token ? options.TokenResponseDelay : TimeSpan.Zero;
            if (!await DelayAsync(delay, context.RequestAborted))
            {
                return;
            }

            if (token && options.FailTokenRequests)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (token)
            {
                // Held after the work, whether or not the client still waits: Logto has rotated by then either way.
                context.Response.OnStarting(() => IsRefresh(context) && options.RefreshAnswerDelayAfterRotation > TimeSpan.Zero
                    ? Task.Delay(options.RefreshAnswerDelayAfterRotation)
                    : Task.CompletedTask);
            }

            await next(context);
        });
        app.UseAuthentication();
        app.MapMethods("/" + OidcServerSetup.Authorization, ["GET", "POST"], AuthorizationEndpoint.HandleAsync);
        app.MapPost("/" + OidcServerSetup.Token, TokenEndpoint.HandleAsync);
        app.MapMethods("/" + OidcServerSetup.UserInfo, ["GET", "POST"], UserInfoEndpoint.HandleAsync);
        app.MapMethods("/" + OidcServerSetup.EndSession, ["GET", "POST"], EndSessionEndpoint.HandleAsync);
        app.MapExperience();
        app.MapKakaoConnector();
        app.MapKakaoSimulator();
        app.MapManagementApi();
        app.MapGet("/", () => Results.Redirect("/" + OidcServerSetup.Discovery));
    }

    // The token endpoint has read the form by the time its answer starts.
    private static bool IsRefresh(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form["grant_type"] == "refresh_token";

    /// <summary>
    /// A slow answer is slow before any work: a client that gives up first (its timeout) leaves nothing done, so a
    /// refresh token is not rotated behind its back.
    /// </summary>
    private static async Task<bool> DelayAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, requestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
