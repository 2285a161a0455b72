using static BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// A role (Logto Console → Roles). A user role's name goes into the <c>roles</c> claim, its permissions into the
/// <c>scope</c> of access tokens for their API resource; a default role is given to every user Logto creates. A
/// machine-to-machine role is assigned to M2M apps only and grants the <c>scope</c> of their client-credentials tokens.
/// </summary>
public sealed record EmulatorRole(string Name, string Description, IReadOnlyList<EmulatorPermission> Permissions,
    bool IsDefault = false, EmulatorRoleType Type = EmulatorRoleType.User)
{
    public const string ReaderName = "reader";
    public const string AdminName = "admin";
    public const string CatalogueScriptName = "catalogue-script";

    public static EmulatorRole Reader { get; } = new(ReaderName, "Keeps shelves of books",
        [new(DefaultIndicator, ReadShelf), new(DefaultIndicator, WriteShelf)], IsDefault: true);

    public static EmulatorRole Admin { get; } = new(AdminName, "Edits the catalogue",
        [new(DefaultIndicator, ReadShelf), new(DefaultIndicator, WriteShelf), new(DefaultIndicator, WriteBooks)]);

    /// <summary>
    /// For a script that keeps the catalogue: <c>write:books</c> only. Shelves belong to users, and an M2M token has no
    /// user (its <c>sub</c> is the app), so shelf permissions would only give the script a shelf of its own.
    /// </summary>
    public static EmulatorRole CatalogueScript { get; } = new(CatalogueScriptName, "Manages the catalogue from a script",
        [new(DefaultIndicator, WriteBooks)], Type: EmulatorRoleType.MachineToMachine);

    public bool IsUserRole => Type == EmulatorRoleType.User;
}
