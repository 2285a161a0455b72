using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>What the emulator prints at start, for a newcomer.</summary>
public sealed partial class LogtoEmulatorHost
{
    /// <summary>
    /// The lines a newcomer needs: where the emulator is, the app's ID, the accounts to try, each M2M app's
    /// credentials with a curl line that gets it an access token for each API resource its M2M roles grant scopes on,
    /// the Management API app's credentials, and the organizations (book clubs) with who is in them.
    /// </summary>
    public IEnumerable<string> Describe()
    {
        yield return $"Logto emulator listening on {Endpoint.BaseUri} (issuer {Endpoint.Issuer})";
        yield return $"  App ID: {DefaultClient.ClientId}";
        foreach (var account in Options.TestAccounts)
        {
            var roles = account.Roles.Length == 0 ? "no roles" : "roles: " + string.Join(", ", account.Roles);
            yield return $"  Test account: {account.Username} / {account.Password} ({roles})";
        }

        foreach (var kakao in Options.Kakao.Accounts)
        {
            yield return $"  Kakao account: {kakao.Nickname} ({kakao.Email ?? "no email"})";
        }

        var permissions = _app.Services.GetRequiredService<RolePermissions>();
        foreach (var machine in MachineApps)
        {
            var roles = machine.Roles.Count == 0 ? "no M2M roles" : "M2M roles: " + string.Join(", ", machine.Roles);
            yield return $"  M2M app: {machine.ClientId} / {machine.ClientSecret} ({roles})";
            foreach (var resource in Options.ApiResources)
            {
                if (permissions.ScopesOf(machine, resource) is { Count: > 0 } scopes)
                {
                    yield return $"  Access token for {resource.Name}: curl -s -u {machine.ClientId}:{machine.ClientSecret} " +
                                 $"-d grant_type=client_credentials -d resource={resource.Indicator} " +
                                 $"-d \"scope={string.Join(' ', scopes)}\" {Endpoint.Resolve(OidcServerSetup.Token)}";
                }
            }
        }

        if (ManagementApp is { } management)
        {
            yield return $"  Management API app: {management.ClientId} / {management.ClientSecret} " +
                         $"(client credentials with resource={LogtoManagementApi.Indicator} scope={LogtoManagementApi.All}; API at {Endpoint.Resolve("api")})";
        }

        foreach (var line in DescribeOrganizations())
        {
            yield return line;
        }
    }
}
