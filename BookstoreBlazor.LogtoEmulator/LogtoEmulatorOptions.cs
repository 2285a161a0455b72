using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.ManagementApi;
using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>What the emulated Logto tenant holds. The defaults are what a newcomer needs to sign in locally.</summary>
public sealed class LogtoEmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Applications ("Traditional web" apps in the Logto console). Empty means one default app.</summary>
    public List<EmulatorClient> Clients { get; set; } = [];

    /// <summary>Username/password accounts created at start, with exactly the roles each names.</summary>
    public List<TestAccount> TestAccounts { get; set; } = [TestAccount.Reader, TestAccount.Admin];

    /// <summary>
    /// "Machine-to-machine" applications, which get API access tokens with the client credentials grant. By default one,
    /// <c>bookstore-script</c> with the <c>catalogue-script</c> M2M role and a secret random per run; empty means none.
    /// </summary>
    public List<EmulatorMachineApp> MachineApps { get; set; } = [EmulatorMachineApp.CreateDefault()];

    /// <summary>
    /// Roles (Logto Console → Roles): user roles, whose default ones go to every user the emulator creates afterwards, and
    /// machine-to-machine roles for <see cref="MachineApps"/>. The Management API's M2M role
    /// (<see cref="LogtoManagementApi.AccessRole"/>) is always there besides these.
    /// </summary>
    public List<EmulatorRole> Roles { get; set; } = [EmulatorRole.Reader, EmulatorRole.Admin, EmulatorRole.CatalogueScript];

    /// <summary>
    /// API resources (Logto Console → API resources): what <c>resource</c> may name, and their scopes. Logto's own
    /// Management API and its reserved organization resource are always there besides these.
    /// </summary>
    public List<EmulatorApiResource> ApiResources { get; set; } = [EmulatorApiResource.Bookstore];

    /// <summary>
    /// The M2M app for Logto's Management API (<see cref="LogtoManagementApi"/>): <c>bookstore-management</c> with the
    /// <c>management-api-access</c> M2M role and a secret random per run; null means none.
    /// </summary>
    public EmulatorMachineApp? ManagementApp { get; set; } = LogtoManagementApi.CreateDefaultApp();

    /// <summary>The organization template's permissions (organization scopes).</summary>
    public List<string> OrganizationPermissions { get; set; } =
        [EmulatorOrganizationRole.ReadClub, EmulatorOrganizationRole.EditClubList, EmulatorOrganizationRole.InviteMembers];

    /// <summary>The organization template's roles: by default <c>owner</c> (every permission) and <c>member</c> (<c>read:club</c>).</summary>
    public List<EmulatorOrganizationRole> OrganizationRoles { get; set; } = [EmulatorOrganizationRole.Owner, EmulatorOrganizationRole.Member];

    /// <summary>Organizations (book clubs) created at start, with their members; by default two clubs.</summary>
    public List<OrganizationSeed> Organizations { get; set; } = [.. OrganizationSeed.Defaults];

    /// <summary>Show the first test account on the sign-in page, so a newcomer knows what to type.</summary>
    public bool ShowTestAccountHint { get; set; } = true;

    public KakaoSimulatorOptions Kakao { get; set; } = new();

    /// <summary>Advertise and serve pushed authorization requests (<c>/oidc/request</c>), as Logto does.</summary>
    public bool EnablePushedAuthorization { get; set; } = true;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan IdTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Test fault: the token endpoint answers 503, as a Logto that is down or overloaded would.</summary>
    public bool FailTokenRequests { get; set; }

    /// <summary>Test fault: userinfo (<c>/oidc/me</c>) answers 500, as a Logto that issues tokens but fails on userinfo.</summary>
    public bool FailUserInfoRequests { get; set; }

    /// <summary>
    /// Test fault: every token endpoint answer comes this much later, as from a slow Logto. A client that stops waiting
    /// first gets nothing done (no code redeemed, no refresh token rotated).
    /// </summary>
    public TimeSpan TokenResponseDelay { get; set; }

    /// <summary>
    /// Test fault: a refresh is done at once (the refresh token rotated, the old one spent) but its answer leaves this
    /// much later, as from a Logto whose reply is slow on the way back. A client that stops waiting loses the new token.
    /// </summary>
    public TimeSpan RefreshAnswerDelayAfterRotation { get; set; }

    /// <summary>Test fault: every revocation endpoint answer comes this much later (nothing revoked if the client gives up first).</summary>
    public TimeSpan RevocationResponseDelay { get; set; }

    /// <summary>
    /// How long a back-channel logout delivery may take before it is dropped. A user's sign-out waits for its
    /// deliveries a short while only, however long this is; an admin's "sign out of all sessions" waits this long.
    /// </summary>
    public TimeSpan BackchannelDeliveryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Test fault: ID tokens from a refresh name this subject instead of the grant's user.</summary>
    public string? RefreshedIdTokenSubject { get; set; }

    /// <summary>Test fault: what the ID token issued at sign-in (code redemption) gets wrong.</summary>
    public IdTokenFault IdTokenFault { get; set; }

    /// <summary>
    /// Test fault: the authorization endpoint answers the app's redirect URI with this OAuth error (e.g.
    /// <c>server_error</c>), with its <c>state</c> and <c>iss</c>, as Logto does when it refuses or fails a sign-in.
    /// </summary>
    public string? AuthorizationError { get; set; }

    /// <summary>Where the emulator logs; console by default.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    internal IReadOnlyList<EmulatorClient> EffectiveClients => Clients.Count > 0 ? Clients : [EmulatorClient.CreateDefault()];

    internal IReadOnlyList<EmulatorApiResource> EffectiveApiResources =>
    [
        .. ApiResources, LogtoManagementApi.Resource,
        new EmulatorApiResource(OrganizationUrns.ReservedResource, "Organizations (Logto's reserved resource)", OrganizationPermissions),
    ];

    internal IReadOnlyList<EmulatorRole> EffectiveRoles =>
        Roles.Any(role => role.Name == LogtoManagementApi.AccessRoleName) ? Roles : [.. Roles, LogtoManagementApi.AccessRole];

    internal IReadOnlyList<EmulatorMachineApp> EffectiveMachineApps => ManagementApp is { } management ? [.. MachineApps, management] : MachineApps;
}
