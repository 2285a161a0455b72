using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Sessions.Refresh;

/// <summary>
/// Checks the session on page loads only: never on static files or Blazor's own traffic, which would refresh
/// many times per page (Microsoft's sample made 35 refresh calls for 3 page loads this way).
/// </summary>
internal sealed class SessionRefreshMiddleware(RequestDelegate next, SessionRefresher refresher)
{
    private static readonly string[] NotPages = ["/_blazor", "/_framework", "/_content", LogtoRoutes.Callback, LogtoRoutes.SignedOut];

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsPageLoad(context.Request) && context.User.FindFirst(SessionClaimTypes.SessionId)?.Value is { } sessionId)
        {
            var check = await CheckAsync(context, sessionId);
            if (check.State == SessionState.Ended)
            {
                // The session is gone (revoked, expired or refused by Logto): sign out cleanly and say why.
                await context.SignOutAsync(LogtoSchemes.Cookie);
                context.Response.Redirect($"/?{BookstoreNotices.Parameter}={BookstoreNotices.SessionEnded}");
                return;
            }

            if (check.State == SessionState.Refreshed)
            {
                context.User = check.Ticket!.Principal;
            }
        }

        await next(context);
    }

    /// <summary>
    /// The cookie handler has just read this session through the store (gone list, cache, database) to sign the user in:
    /// its ticket is checked as read, not looked up a second time.
    /// </summary>
    private Task<SessionCheck> CheckAsync(HttpContext context, string sessionId) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket is { } ticket && ticket.Principal == context.User
            ? refresher.CheckReadAsync(sessionId, ticket, context.RequestAborted)
            : refresher.CheckAsync(sessionId, context.RequestAborted);

    private static bool IsPageLoad(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) &&
        !Path.HasExtension(request.Path.Value) &&
        !NotPages.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)) &&
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
