using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BookstoreBlazor.Admin;

/// <summary>Authorization policy names, for <c>[Authorize(Policy = ...)]</c> and <c>AuthorizeView Policy</c>.</summary>
public static class BookstorePolicies
{
    /// <summary>Signed in, with <see cref="BookstoreOptions.AdminRole"/> among the Logto roles of the session.</summary>
    public const string Admin = "bookstore:admin";

    internal static AuthorizationPolicy AdminPolicy(string role) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(LogtoClaimTypes.Roles, role.Trim())
        .Build();
}
