using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary>Clubs and their members, as the Management API knows them.</summary>
public sealed class ClubDirectoryMembersTests(SharedDirectoryEnvironment shared) : IClassFixture<SharedDirectoryEnvironment>
{
    private DirectoryEnvironment Env => shared.Env;

    [Fact]
    public async Task ASeededClub_IsFound_WithItsNameAndDescription()
    {
        var soseki = Env.Seeded(OrganizationSeed.SosekiReaders);

        var found = await Env.Directory.FindClubAsync(soseki.Id);

        Assert.True(Env.Directory.IsConfigured);
        Assert.Equal(DirectoryStatus.Ok, found.Status);
        Assert.Equal(new ClubInfo(soseki.Id, OrganizationSeed.SosekiReaders.Name, OrganizationSeed.SosekiReaders.Description), found.Value);
    }

    [Fact]
    public async Task AClubLogtoDoesNotHave_IsNotFound()
    {
        var found = await Env.Directory.FindClubAsync("nosuchclub00");

        Assert.Equal(DirectoryStatus.NotFound, found.Status);
    }

    [Theory]
    [InlineData("../users")]
    [InlineData("")]
    [InlineData("Club?q=x")]
    public async Task AMalformedClubId_IsNotFound_WithoutAskingLogto(string clubId)
    {
        var before = Env.Logto.Statistics.Requests;

        var found = await Env.Directory.FindClubAsync(clubId);
        var members = await Env.Directory.MembersAsync(clubId);
        var pending = await Env.Directory.PendingInvitationsOfClubAsync(clubId);

        Assert.Equal(DirectoryStatus.NotFound, found.Status);
        Assert.Equal(DirectoryStatus.NotFound, members.Status);
        Assert.Equal(DirectoryStatus.NotFound, pending.Status);
        Assert.Equal(before, Env.Logto.Statistics.Requests);
    }

    [Fact]
    public async Task ASeededClubsMembers_ComeWithTheirNamesAndOrganizationRoles()
    {
        var soseki = Env.Seeded(OrganizationSeed.SosekiReaders);
        var admin = Env.Logto.Users.FindByIdentifier(TestAccount.Admin.Username)!;
        var reader = Env.Logto.Users.FindByIdentifier(TestAccount.Reader.Username)!;

        var members = await Env.Directory.MembersAsync(soseki.Id);

        Assert.Equal(DirectoryStatus.Ok, members.Status);
        Assert.Equal(
            [(admin.Id, "Bookstore Admin", "owner"), (reader.Id, "Bookstore Reader", "member")],
            members.Value!.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => (m.Subject, m.Name, string.Join(",", m.Roles))));
    }

    [Fact]
    public async Task AClubOfMoreThanOnePage_IsListedWhole()
    {
        var (club, ownerId) = Env.NewClub("큰 독서회");
        var joined = Enumerable.Range(0, 130).Select(i => Env.NewUser($"회원{i}").Id).ToList();
        foreach (var id in joined)
            Env.Logto.AddOrganizationMember(club.Id, id, EmulatorOrganizationRole.MemberName);

        var members = await Env.Directory.MembersAsync(club.Id);

        Assert.Equal(DirectoryStatus.Ok, members.Status);
        Assert.Equal([ownerId, .. joined], members.Value!.Select(m => m.Subject));
        Assert.Equal(["owner"], members.Value![0].Roles);
    }

    [Fact]
    public async Task AMemberWithoutAName_ShowsTheirUsername_NeverTheirEmail()
    {
        var (club, _) = Env.NewClub("이름 없는 모임");
        var nameless = Env.Logto.Users.Register("nameless" + Guid.NewGuid().ToString("N")[..6], "bookstore", null, "secret-address@example.com")!;
        Env.Logto.AddOrganizationMember(club.Id, nameless.Id, EmulatorOrganizationRole.MemberName);

        var members = await Env.Directory.MembersAsync(club.Id);

        var member = members.Value!.Single(m => m.Subject == nameless.Id);
        Assert.Equal(nameless.Username, member.Name);
        Assert.DoesNotContain(members.Value!, m => m.Name.Contains('@'));
    }
}
