using Microsoft.AspNetCore.Mvc;

namespace BookstoreBlazor.Api;

/// <summary>
/// The API's refusals as RFC 9457 problem details, with RFC 6750's <c>WWW-Authenticate</c> header on 401 and 403: a
/// missing token gets a bare <c>Bearer</c> challenge, a bad one <c>invalid_token</c>, a weak one <c>insufficient_scope</c>.
/// </summary>
internal static class ApiProblems
{
    public const string Realm = "Bookstore API";

    public static Task WriteUnauthorizedAsync(HttpContext context, string? error, string? description)
    {
        var challenge = $"Bearer realm=\"{Realm}\"";
        if (error is not null)
            challenge += $", error=\"{error}\", error_description=\"{Quoted(description)}\"";
        context.Response.Headers.WWWAuthenticate = challenge;
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized",
            error is null
                ? "This API needs a Logto access token for the Bookstore API resource: Authorization: Bearer <token>."
                : $"The access token was refused: {description}");
    }

    public static Task WriteInsufficientScopeAsync(HttpContext context, IReadOnlyCollection<string> missing)
    {
        var scopes = string.Join(' ', missing);
        context.Response.Headers.WWWAuthenticate =
            $"Bearer realm=\"{Realm}\", error=\"insufficient_scope\", error_description=\"The token lacks {scopes}.\", scope=\"{scopes}\"";
        return WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
            $"The access token does not grant {scopes}. In Logto, give the user a role with this permission, then get a new token.",
            extensions: new() { ["error"] = "insufficient_scope", ["scope"] = scopes });
    }

    public static Task WriteAsync(HttpContext context, int status, string title, string detail, Dictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        foreach (var (key, value) in extensions ?? [])
            problem.Extensions[key] = value;
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    // A quoted-string may not hold a bare quote or backslash (RFC 9110), and error_description must stay ASCII (RFC 6750).
    private static string Quoted(string? text) =>
        new((text ?? "").Where(c => c is >= ' ' and <= '~' and not ('"' or '\\')).Take(200).ToArray());
}
