using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>Logto's user roles: default roles for new users, the admin test account, and roles changed while signed in.</summary>
public sealed class RoleTests
{
    [Fact]
    public async Task ByDefault_TheTenantHasReaderAndAdmin_AndAnAdminTestAccount()
    {
        await using var probe = await EmulatorProbe.StartAsync();

        var admin = await SignInAsync(probe, "admin");

        Assert.Equal(["reader", "admin"], probe.Logto.Options.TestAccounts.Select(a => a.Username));
        Assert.Equal(["admin"], RolesOf(admin));
        var idToken = OidcTestClient.Payload(admin["id_token"]!.GetValue<string>());
        Assert.Equal("Bookstore Admin", idToken["name"]!.GetValue<string>());
        Assert.Contains(probe.Logto.Describe(), line => line.Contains("Test account: admin / bookstore (roles: admin)"));
        Assert.Equal([(true, EmulatorRoleType.User), (false, EmulatorRoleType.User), (false, EmulatorRoleType.MachineToMachine)],
            probe.Logto.Options.Roles.Select(r => (r.IsDefault, r.Type)));
    }

    [Fact]
    public async Task ANewKakaoUser_GetsTheDefaultRoles()
    {
        await using var probe = await EmulatorProbe.StartAsync();

        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester);

        Assert.Equal(["reader"], probe.Logto.FindKakaoUser(KakaoAccount.Tester)!.Roles);
        Assert.Equal(["reader"], RolesOf(tokens));
    }

    [Fact]
    public async Task ANewUserWhoSignsUp_GetsTheDefaultRoles()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var register = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["first_screen"] = "register" });

        await probe.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "new_reader", ["name"] = "New Reader", ["password"] = "bookstore-new",
        }, stopAt: OidcTestClient.IsCallback);

        Assert.Equal(["reader"], probe.Logto.Users.FindByIdentifier("new_reader")!.Roles);
    }

    [Fact]
    public async Task AKakaoAccountsRoles_AreGivenOnTopOfTheDefaults_FromTheFirstSignIn()
    {
        var curator = new KakaoAccount(4646464646, "큐레이터", "curator@example.com", KakaoProfileImage.Own) { Roles = [EmulatorRole.AdminName] };
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [curator] } });

        var tokens = await SignInWithKakaoAsync(probe, curator);

        Assert.Equal(["reader", "admin"], RolesOf(tokens));
        Assert.Equal(["read:shelf", "write:shelf", "write:books"], ScopeOf(await RefreshAsync(probe, tokens)));
    }

    [Fact]
    public async Task ARoleThatIsNoLongerDefault_IsNotGivenToNewUsers()
    {
        var options = new LogtoEmulatorOptions { Roles = [EmulatorRole.Reader with { IsDefault = false }, EmulatorRole.Admin] };
        await using var probe = await EmulatorProbe.StartAsync(options);

        var tokens = await SignInWithKakaoAsync(probe, KakaoAccount.Tester);

        Assert.Empty(RolesOf(tokens));
    }

    [Fact]
    public async Task ARoleGivenWhileSignedIn_ShowsInTheNextIdTokenAndUserinfo_ButItsScopesOnlyAfterTheNextSignIn()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var signIn = await SignInAsync(probe, "reader");
        var reader = probe.Logto.Users.FindByIdentifier("reader")!;

        probe.Logto.SetRoles(reader.Id, EmulatorRole.ReaderName, EmulatorRole.AdminName);
        var refreshed = await RefreshAsync(probe, signIn);
        var me = await probe.Client.UserInfoAsync(AccessToken(await RefreshAsync(probe, refreshed, resource: null)));
        // Logto grants a resource's scopes at sign-in; a refresh can narrow them, never widen them.
        var signedInAgain = await RefreshAsync(probe, await SignInAsync(probe, "reader"));

        Assert.Equal(["reader", "admin"], RolesOf(refreshed));
        Assert.Equal(["reader", "admin"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["read:shelf", "write:shelf"], ScopeOf(refreshed));
        Assert.Equal(["read:shelf", "write:shelf", "write:books"], ScopeOf(signedInAgain));
    }

    [Fact]
    public async Task ARoleTakenAwayWhileSignedIn_LeavesTheNextRefreshsIdTokenAndAccessToken()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var signIn = await SignInAsync(probe, "admin");
        var admin = probe.Logto.Users.FindByIdentifier("admin")!;
        var before = await RefreshAsync(probe, signIn);

        probe.Logto.SetRoles(admin.Id, EmulatorRole.ReaderName);
        var after = await RefreshAsync(probe, before);
        probe.Logto.SetRoles(admin.Id);
        var none = await RefreshAsync(probe, after);

        Assert.Equal(["read:shelf", "write:shelf", "write:books"], ScopeOf(before));
        Assert.Equal(["reader"], RolesOf(after));
        Assert.Equal(["read:shelf", "write:shelf"], ScopeOf(after));
        Assert.Empty(RolesOf(none));
        Assert.Empty(ScopeOf(none));
    }

    [Fact]
    public async Task AssignAndRemove_ChangeOnlyTheNamedRoles_AndAnUnknownRoleIsRefused()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var reader = probe.Logto.Users.FindByIdentifier("reader")!;

        var assigned = probe.Logto.Users.AssignRoles(reader.Id, EmulatorRole.AdminName, EmulatorRole.ReaderName);
        var removed = probe.Logto.Users.RemoveRoles(reader.Id, EmulatorRole.ReaderName);

        Assert.Equal(["reader", "admin"], assigned.Roles);
        Assert.Equal(["admin"], removed.Roles);
        Assert.Equal(reader.UpdatedAt, removed.UpdatedAt);
        Assert.Throws<ArgumentException>(() => probe.Logto.SetRoles(reader.Id, "owner"));
        Assert.Throws<KeyNotFoundException>(() => probe.Logto.SetRoles("nosuchuser12", EmulatorRole.ReaderName));
        Assert.Equal(["admin"], probe.Logto.Users.FindById(reader.Id)!.Roles);
    }
}
