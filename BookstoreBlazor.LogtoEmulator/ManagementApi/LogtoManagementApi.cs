using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Logto's built-in Management API resource of the OSS tenant <c>default</c> (a Cloud tenant's is
/// <c>https://{tenantId}.logto.app/api</c>) with its only scope <c>all</c>, the M2M role that grants it, and the M2M app
/// the emulator registers with that role, as a Logto admin sets one up for an app that calls the Management API.
/// </summary>
public static class LogtoManagementApi
{
    public const string Indicator = "https://default.logto.app/api";
    public const string All = "all";
    public const string TenantId = "default";
    public const string AccessRoleName = "management-api-access";
    public const string DefaultAppId = "bookstore-management";

    public static EmulatorApiResource Resource { get; } = new(Indicator, "Logto Management API", [All]);

    public static EmulatorRole AccessRole { get; } = new(AccessRoleName, "Calls Logto's Management API",
        [new(Indicator, All)], Type: EmulatorRoleType.MachineToMachine);

    /// <summary>Bookstore's server calling the Management API (clubs' members and invitations), with a secret random per run.</summary>
    public static EmulatorMachineApp CreateDefaultApp() =>
        new(DefaultAppId, EmulatorClient.NewSecret(), "Bookstore Management API client", [AccessRoleName]);
}
