using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.ClientCredentials;

/// <summary>
/// Swaps OpenIddict's opaque client credentials token for Logto's JWT for the resource: <c>sub</c> and <c>client_id</c>
/// are the app (node-oidc-provider's <c>sub: accountId || clientId</c>), and <c>scope</c> is what Logto's grant computes,
/// the requested scopes (in the request's order) that the app's M2M roles grant on the resource; none asked, none given.
/// </summary>
internal sealed class MachineAccessTokenIssuer(LogtoEmulatorOptions options, RolePermissions permissions, ResourceAccessTokens tokens)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<MachineAccessTokenIssuer>()
            .SetOrder(OpenIddictServerHandlers.AttachTokenDigests.Descriptor.Order - 1)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token || context.Request?.IsClientCredentialsGrantType() != true ||
            context.Request.GetResources() is not [var indicator] || context.Request.ClientId is not { } clientId ||
            context.AccessToken is null || context.AccessTokenPrincipal is not { } accessToken ||
            permissions.FindResource(indicator) is not { } resource)
        {
            return default;
        }

        var requested = context.Transaction.Properties.TryGetValue(ClientCredentialsValidation.RequestedScopes, out var asked)
            ? (string[])asked! : [];
        // Read per request, as Logto reads the app's roles: an app taken out of the options keeps its client but grants nothing.
        var granted = options.EffectiveMachineApps.FirstOrDefault(app => app.ClientId == clientId) is { } app
            ? permissions.ScopesOf(app, resource)
            : [];
        var scopes = requested.Where(granted.Contains).ToArray();
        context.AccessToken = tokens.Create(indicator, clientId, clientId, scopes,
            accessToken.GetCreationDate()!.Value, accessToken.GetExpirationDate()!.Value);
        context.Transaction.Properties[ResourceTokenIssuer.IssuedScope] = string.Join(' ', scopes);
        return default;
    }
}
