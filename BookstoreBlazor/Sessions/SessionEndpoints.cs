using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Components.Account;
using Microsoft.AspNetCore.Antiforgery;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// The sessions page's form posts. Each ends only the caller's own sessions, and only with a form carrying a valid
/// antiforgery token, so a link or another site's form cannot sign anyone's devices out.
/// </summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SessionRoutes.RevokePattern, RevokeAsync);
        app.MapPost(SessionRoutes.RevokeOthers, RevokeOthersAsync);
        return app;
    }

    private static async Task<IResult> RevokeAsync(string id, HttpContext context, IAntiforgery antiforgery, UserSessions sessions,
        LogtoTokenClient logto)
    {
        if (await RefusalAsync(context, antiforgery) is { } refusal)
            return refusal;
        var (userId, currentId) = Caller(context.User);
        // Ending the session making the request is what sign-out is for; it also ends Logto's session.
        if (string.Equals(id, currentId, StringComparison.Ordinal))
            return Results.BadRequest();

        var ended = await sessions.EndAsync(userId, id, context.RequestAborted);
        if (ended.Count == 0)
            return Results.NotFound();
        return BackToSessions(await RevokeAtLogtoAsync(logto, ended)
            ? BookstoreNotices.SessionEnded
            : BookstoreNotices.SessionEndedLocally);
    }

    private static async Task<IResult> RevokeOthersAsync(HttpContext context, IAntiforgery antiforgery, UserSessions sessions,
        LogtoTokenClient logto)
    {
        if (await RefusalAsync(context, antiforgery) is { } refusal)
            return refusal;
        var (userId, currentId) = Caller(context.User);
        var ended = await sessions.EndAllExceptAsync(userId, currentId, context.RequestAborted);
        return BackToSessions(await RevokeAtLogtoAsync(logto, ended)
            ? BookstoreNotices.OthersEnded
            : BookstoreNotices.OthersEndedLocally);
    }

    /// <summary>
    /// The Bookstore sessions have ended already; their refresh tokens would still work at Logto until revoked. All at
    /// once, so the page waits at most one <c>Logto:Timeout</c>; not tied to the request, so a browser that leaves does
    /// not cut the revocation short. False when Logto could not be reached for one of them.
    /// </summary>
    private static async Task<bool> RevokeAtLogtoAsync(LogtoTokenClient logto, EndedSessions ended)
    {
        var outcomes = await Task.WhenAll(ended.RefreshTokens.Select(token => logto.RevokeAsync(token, CancellationToken.None)));
        return !outcomes.Contains(RevocationOutcome.Unreachable);
    }

    private static async Task<IResult?> RefusalAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return Results.BadRequest();
        if (context.User.Identity?.IsAuthenticated != true)
            return Results.LocalRedirect(CurrentPage.Link(LogtoRoutes.SignIn, SessionRoutes.Page));
        // Without both, "own sessions" and "all but this one" cannot be told apart from everyone's.
        return context.User.GetUserId() is null || context.User.GetSessionId() is null ? Results.BadRequest() : null;
    }

    private static (string UserId, string CurrentId) Caller(ClaimsPrincipal user) => (user.GetUserId()!, user.GetSessionId()!);

    private static IResult BackToSessions(string notice) =>
        Results.LocalRedirect($"{SessionRoutes.Page}?{BookstoreNotices.Parameter}={notice}");
}
