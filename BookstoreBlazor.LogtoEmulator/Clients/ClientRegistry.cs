using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Rbac;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Clients;

/// <summary>Puts the configured applications into OpenIddict's store, and lets an app add its own URLs later.</summary>
internal sealed class ClientRegistry(IServiceScopeFactory scopes, BackchannelLogoutRegistry backchannel, ApiScopeRegistry apiScopes)
{
    public async Task RegisterAsync(EmulatorClient client, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(Describe(client), cancellationToken);
        backchannel.Add(client.ClientId, client.BackchannelLogoutUris);
    }

    /// <summary>
    /// Registers <c>{appBase}/callback</c>, <c>/signed-out</c> and <c>/backchannel-logout</c>, as the Logto console asks you to.
    /// </summary>
    public async Task AllowAppAsync(string clientId, Uri appBase, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await manager.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"No application '{clientId}' is registered in the Logto emulator.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await manager.PopulateAsync(descriptor, application, cancellationToken);
        var root = appBase.AbsoluteUri.TrimEnd('/');
        descriptor.RedirectUris.Add(new Uri(root + "/callback"));
        descriptor.PostLogoutRedirectUris.Add(new Uri(root + "/signed-out"));
        await manager.UpdateAsync(application, descriptor, cancellationToken);
        backchannel.Add(clientId, [new Uri(root + "/backchannel-logout")]);
    }

    private OpenIddictApplicationDescriptor Describe(EmulatorClient client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.DisplayName,
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.PushedAuthorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            .. LogtoScopes.Grantable.Concat(apiScopes.ScopeNames).Select(scope => Permissions.Prefixes.Scope + scope),
        ]);
        return descriptor;
    }
}
