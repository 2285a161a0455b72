namespace BookstoreBlazor.Sessions;

/// <summary>
/// <c>POST /backchannel-logout</c> (Logto console: "Backchannel logout URI"): Logto posts a signed logout token when
/// one of its sessions ends, and every Bookstore session that Logto session signed in ends with it.
/// </summary>
internal static partial class BackchannelLogoutEndpoint
{
    public const string Route = "/backchannel-logout";

    public static IEndpointConventionBuilder MapBackchannelLogout(this IEndpointRouteBuilder app) =>
        // Server to server: Logto sends no cookie and no antiforgery token; the signed token is the only proof.
        app.Map(Route, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, LogoutTokenValidator validator, UserSessions sessions,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BackchannelLogoutEndpoint).FullName!);
        context.Response.Headers.CacheControl = "no-store";
        var cancellationToken = context.RequestAborted;
        var verdict = await ReadTokenAsync(context) is { } token
            ? await validator.ValidateAsync(token, cancellationToken)
            : LogoutTokenVerdict.Refused("not a form POST with one logout_token");
        if (verdict.Request is not { } request)
        {
            LogRefused(logger, verdict.Refusal ?? "unknown", context.TraceIdentifier);
            return Results.Json(new { error = "invalid_request" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var ended = (request.LogtoSessionId, request.UserId) switch
        {
            ({ } sid, { } sub) => await sessions.EndLogtoSessionAsync(sid, sub, cancellationToken),
            ({ } sid, null) => await sessions.EndLogtoSessionAsync(sid, cancellationToken),
            _ => await sessions.EndAllForUserAsync(request.UserId!, cancellationToken),
        };
        LogEnded(logger, ended, request.LogtoSessionId is null ? "sub" : "sid");
        return Results.Ok();
    }

    private static async Task<string?> ReadTokenAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
            return null;
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form["logout_token"] is { Count: 1 } values ? values.ToString() : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Back-channel logout refused: {Reason} (request {RequestId})")]
    private static partial void LogRefused(ILogger logger, string reason, string requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Back-channel logout ended {Count} session(s), matched by {Claim}")]
    private static partial void LogEnded(ILogger logger, int count, string claim);
}
