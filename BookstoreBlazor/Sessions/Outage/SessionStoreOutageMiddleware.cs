using Microsoft.AspNetCore.Diagnostics;

namespace BookstoreBlazor.Sessions.Outage;

/// <summary>
/// Turns an outage of the session database, wherever in the request it strikes (reading the session, saving a new
/// sign-in, ending one), into a 503 rendered as the app's status page. Nothing is half-done: the failed write did
/// not happen, so the session (or the sign-out) is exactly as before and a retry after the outage just works.
/// </summary>
internal sealed partial class SessionStoreOutageMiddleware(RequestDelegate next, ILogger<SessionStoreOutageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e) && !context.Response.HasStarted)
        {
            // One line, no stack trace: during an outage every request lands here.
            LogOutage(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier, e.GetBaseException().GetType().Name);
            var alreadyOnTheErrorPage = context.SessionStoreOutage() is not null;
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = SessionStoreOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (alreadyOnTheErrorPage)
            {
                // The status page itself could not be rendered: a plain answer is still an answer.
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(PlainText);
                return;
            }

            // The status code pages middleware re-executes /status/503 for this response.
            context.Features.Set(SessionStoreOutage.For(context.Request));
        }
    }

    private const string PlainText =
        "Bookstore cannot reach its session store right now. Nothing was lost: try again in a minute.";

    [LoggerMessage(Level = LogLevel.Error, Message = "The session database could not be used for {Method} {Path} (request {RequestId}): {Cause}")]
    private static partial void LogOutage(ILogger logger, string method, string path, string requestId, string cause);
}
