using OpenIddict.Abstractions;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// Puts the API resources' scopes into OpenIddict's scope store, so an authorization request may ask for them (OpenIddict
/// refuses scopes it does not know) while discovery keeps listing only Logto's own scopes, as a Logto tenant's does.
/// </summary>
internal sealed class ApiScopeRegistry(IServiceScopeFactory scopes, LogtoEmulatorOptions options)
{
    /// <summary>Every scope name the tenant's API resources define; Logto allows one name on several resources.</summary>
    public IEnumerable<string> ScopeNames => options.EffectiveApiResources.SelectMany(resource => resource.Scopes).Distinct(StringComparer.Ordinal);

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        foreach (var name in ScopeNames)
        {
            var descriptor = new OpenIddictScopeDescriptor { Name = name };
            descriptor.Resources.UnionWith(options.EffectiveApiResources.Where(r => r.Scopes.Contains(name)).Select(r => r.Indicator));
            await manager.CreateAsync(descriptor, cancellationToken);
        }
    }
}
