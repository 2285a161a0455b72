using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Authentication;

/// <summary>The sign-in, sign-up, direct social sign-in and sign-out endpoints.</summary>
internal static partial class LogtoEndpoints
{
    public static IEndpointRouteBuilder MapLogtoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LogtoRoutes.SignIn, (HttpContext context, string? returnUrl) =>
            ChallengeAsync(context, returnUrl));

        app.MapGet(LogtoRoutes.SignUp, (HttpContext context, string? returnUrl) =>
            ChallengeAsync(context, returnUrl,
                (LogtoParameters.FirstScreen, LogtoParameters.FirstScreenRegister),
                (LogtoParameters.InteractionMode, LogtoParameters.InteractionModeSignUp)));

        app.MapGet(LogtoRoutes.SignIn + "/{connector}", (HttpContext context, string connector, string? returnUrl, IOptions<LogtoOptions> logto) =>
        {
            // Only allow-listed connectors are forwarded: anything else would let a link pick Logto's sign-in method.
            var target = logto.Value.AllowedConnectors.FirstOrDefault(c => string.Equals(c, connector, StringComparison.OrdinalIgnoreCase));
            return target is null
                ? Task.FromResult(Results.NotFound())
                : ChallengeAsync(context, returnUrl, (LogtoParameters.DirectSignIn, LogtoParameters.SocialTarget(target)));
        });

        // Blazor serves the GET confirmation page at the same path; this POST must win over its form handling.
        app.MapPost(LogtoRoutes.SignOut, SignOutAsync).WithOrder(-1);
        return app;
    }

    private static async Task<IResult> ChallengeAsync(HttpContext context, string? returnUrl, params (string, string)[] parameters)
    {
        if (context.User.Identity?.IsAuthenticated == true)
            return Results.LocalRedirect(LocalReturnUrl.Sanitize(returnUrl));

        try
        {
            await context.ChallengeAsync(LogtoSchemes.Logto, LogtoChallenge.Create(returnUrl, parameters));
            return Results.Empty;
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The challenge only fails when Logto's discovery or PAR endpoint cannot be used.
            LogLogtoUnreachable(context, "sign-in", ex);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, LogtoTokenClient logto)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return Results.BadRequest();
        if (context.User.Identity?.IsAuthenticated != true)
            return Results.LocalRedirect(LocalReturnUrl.Home);

        var refreshToken = await context.GetTokenAsync(LogtoSchemes.Cookie, "refresh_token");
        // The local session first: if its database cannot be written, the request fails before anything changed at Logto.
        await context.SignOutAsync(LogtoSchemes.Cookie);
        // Ending Logto's session leaves an offline_access grant alive: revoke its refresh token explicitly.
        if (refreshToken is { Length: > 0 } &&
            await logto.RevokeAsync(refreshToken, context.RequestAborted) == RevocationOutcome.Unreachable)
        {
            // Logto did not answer within Logto:Timeout; sending the browser there too would only make the user wait.
            return SignedOutLocally();
        }

        try
        {
            await context.SignOutAsync(LogtoSchemes.Logto, new AuthenticationProperties { RedirectUri = LogtoOpenIdConnect.SignedOutHome });
            return Results.Empty;
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The local session is already gone; say so rather than fail, and let the user know Logto's may remain.
            LogLogtoUnreachable(context, "sign-out", ex);
            return SignedOutLocally();
        }
    }

    private static IResult SignedOutLocally() =>
        Results.LocalRedirect($"/?{BookstoreNotices.Parameter}={BookstoreNotices.SignedOutLocally}");

    // One line per failure: during an outage every sign-in attempt lands here, and a stack trace each time hides the cause.
    private static void LogLogtoUnreachable(HttpContext context, string step, Exception exception)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LogtoEndpoints).FullName!);
        LogLogtoUnreachable(logger, step, context.TraceIdentifier, exception.GetBaseException().Message);
        LogLogtoUnreachableDetail(logger, exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Logto could not be reached during {Step} (request {RequestId}): {Cause}")]
    private static partial void LogLogtoUnreachable(ILogger logger, string step, string requestId, string cause);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Logto failure detail")]
    private static partial void LogLogtoUnreachableDetail(ILogger logger, Exception exception);
}
