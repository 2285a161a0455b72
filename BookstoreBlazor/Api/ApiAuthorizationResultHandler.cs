using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace BookstoreBlazor.Api;

/// <summary>
/// A valid token without the permission an API endpoint needs gets RFC 6750's <c>insufficient_scope</c> naming the
/// missing scope; every other outcome (and every page) is handled as the framework does.
/// </summary>
internal sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && ApiRoutes.IsApi(context.Request.Path))
        {
            var missing = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().Select(r => r.Scope).ToList() ?? [];
            return ApiProblems.WriteInsufficientScopeAsync(context, missing);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
