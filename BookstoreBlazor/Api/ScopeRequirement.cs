using Microsoft.AspNetCore.Authorization;

namespace BookstoreBlazor.Api;

/// <summary>The token's <c>scope</c> (space-separated, as Logto writes it) must hold this permission.</summary>
public sealed class ScopeRequirement(string scope) : IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    public static IReadOnlySet<string> GrantedScopes(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindAll("scope").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}

internal sealed class ScopeHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (ScopeRequirement.GrantedScopes(context.User).Contains(requirement.Scope))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
