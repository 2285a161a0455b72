using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.Users;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Admin;

/// <summary>
/// The emulator's accounts for admin tests (the default <c>admin</c> and <c>reader</c>, and an <c>editor</c> holding a
/// role of another name), with access tokens already due for refresh when issued: every page load refreshes, so a
/// role changed at Logto shows at the next page load without waiting for a token to age.
/// </summary>
internal static class AdminEnvironment
{
    public const string Password = "bookstore";
    public const string EditorRole = "catalogue-editor";

    public static TestAccount Editor { get; } = new("editor", Password, "Catalogue Editor", "editor@example.com", EditorRole);

    /// <summary>Shorter than <c>Sessions:RefreshLeeway</c> (five minutes by default), so always due.</summary>
    public static LogtoEmulatorOptions Logto() => new()
    {
        AccessTokenLifetime = TimeSpan.FromMinutes(1),
        TestAccounts = [TestAccount.Reader, TestAccount.Admin, Editor],
        Roles = [EmulatorRole.Reader, EmulatorRole.Admin, new(EditorRole, "Edits the catalogue under another name", [])],
    };

    public static Task<EmulatorEnvironment> StartAsync(IDictionary<string, string?>? settings = null) =>
        EmulatorEnvironment.StartAsync(Logto(), settings);

    public static string UserId(this EmulatorEnvironment env, string username) => env.Logto.Users.FindByIdentifier(username)!.Id;

    public static Task<BrowserPage> SignInAsync(this EmulatorEnvironment env, string username, string start = "/sign-in") =>
        env.SignInWithPasswordAsync(username, Password, start);
}
