using BookstoreBlazor.LogtoEmulator.Oidc;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// The token response's <c>scope</c> is the access token's, as in Logto: a resource token's scopes (even none, sent as
/// <c>""</c>, but left out for a client credentials token), or for the opaque token only the OpenID Connect scopes, never
/// an API resource's.
/// </summary>
internal static class TokenResponseScope
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseInlineHandler(context =>
            {
                if (context.EndpointType != OpenIddictServerEndpointType.Token)
                {
                    return default;
                }

                var scope = context.Transaction.Properties.TryGetValue(ResourceTokenIssuer.IssuedScope, out var issued)
                    ? (string)issued!
                    : context.Response.Scope is { } granted
                        ? string.Join(' ', granted.Split(' ').Where(LogtoScopes.Supported.Contains))
                        : null;
                if (scope is null)
                {
                    return default;
                }

                context.Response.RemoveParameter(OpenIddictConstants.Parameters.Scope);
                // Logto's client_credentials grant leaves out a scope that is empty (undefined in its JSON).
                if (scope.Length > 0 || context.Request?.IsClientCredentialsGrantType() != true)
                {
                    // AddParameter, unlike the Scope setter, keeps an empty value.
                    context.Response.AddParameter(OpenIddictConstants.Parameters.Scope, scope);
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 1)
            .Build();
}
