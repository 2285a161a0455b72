using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// A refresh asking for a scope its grant lacks: Logto answers <c>invalid_scope</c> ("refresh token missing requested
/// scope"), where OpenIddict would answer <c>invalid_grant</c>.
/// </summary>
internal static class RefreshScopeValidation
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseInlineHandler(context =>
            {
                if (context.Request.IsRefreshTokenGrantType() && context.RefreshTokenPrincipal is { } grant &&
                    context.Request.GetScopes().Any(scope => !grant.HasScope(scope)))
                {
                    var plural = context.Request.GetScopes().Count(scope => !grant.HasScope(scope)) > 1 ? "scopes" : "scope";
                    context.Reject(OpenIddictConstants.Errors.InvalidScope, $"refresh token missing requested {plural}");
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateGrantedScopes.Descriptor.Order - 1)
            .Build();
}
