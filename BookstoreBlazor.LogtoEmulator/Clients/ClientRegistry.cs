using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Rbac;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Clients;

/// <summary>Puts the configured applications (web and M2M) into OpenIddict's store, and lets an app add its own URLs later.</summary>
internal sealed class ClientRegistry(IServiceScopeFactory scopes, BackchannelLogoutRegistry backchannel, ApiScopeRegistry apiScopes)
{
    public async Task RegisterAsync(EmulatorClient client, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(Describe(client), cancellationToken);
        backchannel.Add(client.ClientId, client.BackchannelLogoutUris);
    }

    /// <summary>Removes an application and, with it, the requests, grants and tokens stored for it.</summary>
    public async Task RemoveAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(clientId, cancellationToken) is { } application)
            await manager.DeleteAsync(application, cancellationToken);
    }

    /// <summary>
    /// An M2M app, as Logto sets one up: a confidential client whose only grant is client_credentials, at the token
    /// endpoint. It may ask for any scope name: Logto keeps the ones its M2M roles grant and drops the rest.
    /// </summary>
    public async Task RegisterAsync(EmulatorMachineApp app, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = app.ClientId,
            ClientSecret = app.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = app.Name,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        await manager.CreateAsync(descriptor, cancellationToken);
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
