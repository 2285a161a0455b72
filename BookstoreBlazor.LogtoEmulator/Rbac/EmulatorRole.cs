using static BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource;

namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>
/// A user role (Logto Console → Roles): its name goes into the <c>roles</c> claim, its permissions into the
/// <c>scope</c> of access tokens for their API resource. A default role is given to every user Logto creates.
/// </summary>
public sealed record EmulatorRole(string Name, string Description, IReadOnlyList<EmulatorPermission> Permissions,
    bool IsDefault = false)
{
    public const string ReaderName = "reader";
    public const string AdminName = "admin";

    public static EmulatorRole Reader { get; } = new(ReaderName, "Keeps shelves of books",
        [new(DefaultIndicator, ReadShelf), new(DefaultIndicator, WriteShelf)], IsDefault: true);

    public static EmulatorRole Admin { get; } = new(AdminName, "Edits the catalogue",
        [new(DefaultIndicator, ReadShelf), new(DefaultIndicator, WriteShelf), new(DefaultIndicator, WriteBooks)]);
}
