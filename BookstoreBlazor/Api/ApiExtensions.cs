using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Api;

public static class ApiExtensions
{
    /// <summary>
    /// The JSON API: Logto access tokens for <c>Logto:ApiResource</c> (issuer, audience, Logto's keys, ES384, expiry),
    /// authorized by scope; problem details for every refusal; an OpenAPI document.
    /// </summary>
    public static WebApplicationBuilder AddBookstoreApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication().AddJwtBearer(ApiSchemes.Bearer, _ => { });
        services.AddOptions<JwtBearerOptions>(ApiSchemes.Bearer)
            .Configure<IOptions<LogtoOptions>, IOptionsMonitor<OpenIdConnectOptions>>((jwt, logto, oidc) => Configure(jwt, logto.Value, oidc));
        services.AddTransient<BearerTokenEvents>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Reader, policy => policy.AddAuthenticationSchemes(ApiSchemes.Bearer).RequireAuthenticatedUser())
            .AddPolicy(ApiPolicies.ReadShelf, policy => Scoped(policy, ApiScopes.ReadShelf))
            .AddPolicy(ApiPolicies.WriteShelf, policy => Scoped(policy, ApiScopes.WriteShelf))
            .AddPolicy(ApiPolicies.WriteBooks, policy => Scoped(policy, ApiScopes.WriteBooks));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.AddSingleton<IAuthorizationHandler, ScopeHandler>();

        services.AddSingleton<IApiGrants, ApiGrants>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(ApiJson.Configure);
        services.AddOpenApi(openApi =>
        {
            // The document describes the API only, not the sign-in and session endpoints that browsers use.
            openApi.ShouldInclude = endpoint => endpoint.RelativePath?.StartsWith(ApiRoutes.Prefix.TrimStart('/') + "/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
        return builder;
    }

    /// <summary>API errors answer in problem details, never with the app's HTML status pages; goes after those.</summary>
    public static IApplicationBuilder UseBookstoreApi(this IApplicationBuilder app) =>
        app.UseWhen(context => ApiRoutes.IsApi(context.Request.Path), api => api.Use(async (context, next) =>
        {
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            await next(context);
            if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null } response && string.IsNullOrEmpty(response.ContentType))
                await ApiProblems.WriteAsync(context, response.StatusCode, ReasonPhrase(response.StatusCode), "See the OpenAPI document at " + ApiRoutes.OpenApiDocument + ".");
        }));

    public static WebApplication MapBookstoreApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix);
        api.MapBooksApi();
        api.MapShelfApi();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    private static void Configure(JwtBearerOptions jwt, LogtoOptions logto, IOptionsMonitor<OpenIdConnectOptions> oidc)
    {
        jwt.Authority = logto.Authority;
        jwt.Audience = logto.ApiResource;
        jwt.RequireHttpsMetadata = !logto.EndpointUri.IsLoopback;
        jwt.MapInboundClaims = false;
        jwt.BackchannelTimeout = logto.Timeout;
        // The sign-in handler's discovery document and keys: one fetch and one cache for the whole app.
        jwt.ConfigurationManager = oidc.Get(LogtoSchemes.Logto).ConfigurationManager;
        jwt.TokenValidationParameters.ValidAlgorithms = LogtoOpenIdConnect.SigningAlgorithms;
        // RFC 9068 access tokens: an ID token (typ JWT) is refused even where its audience could match.
        jwt.TokenValidationParameters.ValidTypes = ["at+jwt"];
        jwt.TokenValidationParameters.NameClaimType = LogtoClaimTypes.Subject;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        jwt.EventsType = typeof(BearerTokenEvents);
    }

    private static void Scoped(AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(ApiSchemes.Bearer).RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope));

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
