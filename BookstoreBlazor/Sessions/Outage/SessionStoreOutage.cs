using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Sessions.Outage;

/// <summary>What the user was doing when the session database could not be used.</summary>
public enum InterruptedStep
{
    Page,
    SignIn,
    SignOut,
}

/// <summary>
/// Set on a request whose session database failed: the 503 page reads it to explain and to offer a retry, and the
/// ticket store reads it to skip the database while that page is rendered (it just failed, and would only fail again).
/// </summary>
public sealed record SessionStoreOutage(InterruptedStep Step, string RetryUrl)
{
    public const int RetryAfterSeconds = 60;

    public static SessionStoreOutage For(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(LogtoRoutes.Callback, StringComparison.OrdinalIgnoreCase))
            // The code Logto sent is spent; a new sign-in is the retry.
            return new(InterruptedStep.SignIn, LogtoRoutes.SignIn);
        if (request.Path.StartsWithSegments(LogtoRoutes.SignOut, StringComparison.OrdinalIgnoreCase))
            return new(InterruptedStep.SignOut, LogtoRoutes.SignOut);
        var retry = HttpMethods.IsGet(request.Method)
            ? LocalReturnUrl.Sanitize(request.PathBase + request.Path + request.QueryString)
            : LocalReturnUrl.Home;
        return new(InterruptedStep.Page, retry);
    }
}

public static class SessionStoreOutageExtensions
{
    public static SessionStoreOutage? SessionStoreOutage(this HttpContext? context) => context?.Features.Get<SessionStoreOutage>();
}
