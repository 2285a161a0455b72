using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Catalogue;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary>
/// The invitee's side: their invitations, accepting and declining. The M2M token may change any invitation, so the
/// directory is the gate: only the invitee's own, still pending invitations move.
/// </summary>
public sealed class ClubDirectoryAcceptanceTests(SharedDirectoryEnvironment shared) : IClassFixture<SharedDirectoryEnvironment>
{
    private DirectoryEnvironment Env => shared.Env;

    private async Task<(EmulatorOrganization Club, (string Id, string Email) Invitee, ClubInvitation Invitation)> InvitedAsync(string clubName)
    {
        var (club, ownerId) = Env.NewClub(clubName);
        var invitee = Env.NewUser("손님");
        var sent = await Env.Directory.InviteAsync(club.Id, invitee.Email, ownerId);
        Assert.Equal(InvitationOutcomeKind.Sent, sent.Kind);
        return (club, invitee, sent.Invitation!);
    }

    private InvitationStatus StatusOf(string invitationId) => Env.Logto.Invitations.Find(invitationId)!.StatusAt(DateTimeOffset.UtcNow);

    [Fact]
    public async Task InvitationsFor_ListsOnlyThatEmailsPendingUnexpiredInvitations_WithClubNames()
    {
        var (live, invitee, invitation) = await InvitedAsync("살아 있는 초대");
        var (expiredClub, expiredOwner) = Env.NewClub("지난 초대");
        Env.Logto.CreateInvitation(expiredClub.Id, invitee.Email, DateTimeOffset.UtcNow.AddDays(-1), expiredOwner, EmulatorOrganizationRole.MemberName);
        var (answered, _, _) = await InvitedAsync("다른 사람 초대");
        var (acceptedClub, acceptedOwner) = Env.NewClub("이미 수락");
        var accepted = await Env.Directory.InviteAsync(acceptedClub.Id, invitee.Email, acceptedOwner);
        await Env.Directory.AcceptAsync(accepted.Invitation!.Id, invitee.Id, invitee.Email);

        var listed = await Env.Directory.InvitationsForAsync(invitee.Email.ToUpperInvariant());

        Assert.Equal(DirectoryStatus.Ok, listed.Status);
        var only = Assert.Single(listed.Value!);
        Assert.Equal((invitation.Id, live.Id, live.Name, invitee.Email, "모임장"), (only.Id, only.ClubId, only.ClubName, only.Invitee, only.InviterName));
        Assert.NotEqual(answered.Id, only.ClubId);
    }

    [Fact]
    public async Task Accepting_MakesTheInviteeAMemberWithTheMemberRole()
    {
        var (club, invitee, invitation) = await InvitedAsync("수락하는 모임");

        var outcome = await Env.Directory.AcceptAsync(invitation.Id, invitee.Id, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal($"You joined {club.Name}.", outcome.Message);
        Assert.Equal([EmulatorOrganizationRole.MemberName], Env.Logto.Organizations.RolesOf(club.Id, invitee.Id).Select(role => role.Name));
        Assert.Equal(InvitationStatus.Accepted, StatusOf(invitation.Id));
        Assert.Empty((await Env.Directory.InvitationsForAsync(invitee.Email)).Value!);
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A signed-in user accepts or declines an invitation addressed to someone else's email",
        "Not found, as for an invitation that does not exist; the invitation stays pending and the user joins nothing")]
    public async Task AcceptingOrDecliningSomeoneElsesInvitation_IsNotFound_AndChangesNothing()
    {
        var (club, _, invitation) = await InvitedAsync("남의 초대");
        var intruder = Env.NewUser("침입자");

        var accepted = await Env.Directory.AcceptAsync(invitation.Id, intruder.Id, intruder.Email);
        var declined = await Env.Directory.DeclineAsync(invitation.Id, intruder.Email);
        var missing = await Env.Directory.AcceptAsync("nosuchinvitation00000", intruder.Id, intruder.Email);

        Assert.Equal(InvitationOutcomeKind.NotFound, accepted.Kind);
        Assert.Equal(InvitationOutcomeKind.NotFound, declined.Kind);
        Assert.Equal(missing.Message, accepted.Message);
        Assert.Equal(InvitationStatus.Pending, StatusOf(invitation.Id));
        Assert.False(Env.Logto.Organizations.IsMember(club.Id, intruder.Id));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A user accepts an invitation with the invitee's email but their own account id",
        "Not found (Logto refuses a user whose primary email is not the invitee's); the user joins nothing")]
    public async Task AcceptingWithTheInviteesEmailButAnotherAccount_IsNotFound()
    {
        var (club, invitee, invitation) = await InvitedAsync("계정 바꿔치기");
        var intruder = Env.NewUser("침입자");

        var outcome = await Env.Directory.AcceptAsync(invitation.Id, intruder.Id, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.NotFound, outcome.Kind);
        Assert.Equal(InvitationStatus.Pending, StatusOf(invitation.Id));
        Assert.False(Env.Logto.Organizations.IsMember(club.Id, intruder.Id));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "An invitee accepts an expired invitation", "No longer valid; the invitee joins nothing")]
    public async Task AcceptingAnExpiredInvitation_IsNoLongerValid()
    {
        var (club, ownerId) = Env.NewClub("만료된 초대");
        var invitee = Env.NewUser("늦은손님");
        var expired = Env.Logto.CreateInvitation(club.Id, invitee.Email, DateTimeOffset.UtcNow.AddDays(-1), ownerId,
            EmulatorOrganizationRole.MemberName)!;

        var outcome = await Env.Directory.AcceptAsync(expired.Id, invitee.Id, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.NoLongerValid, outcome.Kind);
        Assert.Equal("This invitation is no longer valid: it has expired, or it was already accepted or declined.", outcome.Message);
        Assert.False(Env.Logto.Organizations.IsMember(club.Id, invitee.Id));
    }

    [Fact]
    public async Task AnInvitationLogtoCallsExpired_IsNoLongerValid_ThoughThisAppsClockLagsBehind()
    {
        var (club, ownerId) = Env.NewClub("시계가 늦은 앱");
        var invitee = Env.NewUser("손님");
        var expired = Env.Logto.CreateInvitation(club.Id, invitee.Email, DateTimeOffset.UtcNow.AddMinutes(-1), ownerId,
            EmulatorOrganizationRole.MemberName)!;

        Env.Clock.Advance(TimeSpan.FromDays(-1));
        InvitationOutcome outcome;
        try
        {
            outcome = await Env.Directory.AcceptAsync(expired.Id, invitee.Id, invitee.Email);
        }
        finally
        {
            Env.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(InvitationOutcomeKind.NoLongerValid, outcome.Kind);
        Assert.False(Env.Logto.Organizations.IsMember(club.Id, invitee.Id));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "An invitee accepts the same invitation twice (a replayed form post)",
        "The second is no longer valid; the roles are granted once")]
    public async Task AcceptingTwice_IsNoLongerValid()
    {
        var (club, invitee, invitation) = await InvitedAsync("두 번 수락");

        var first = await Env.Directory.AcceptAsync(invitation.Id, invitee.Id, invitee.Email);
        var second = await Env.Directory.AcceptAsync(invitation.Id, invitee.Id, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.Accepted, first.Kind);
        Assert.Equal(InvitationOutcomeKind.NoLongerValid, second.Kind);
        Assert.Equal([EmulatorOrganizationRole.MemberName], Env.Logto.Organizations.RolesOf(club.Id, invitee.Id).Select(role => role.Name));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "An invitee accepts an invitation they declined", "No longer valid; the invitee joins nothing")]
    public async Task Declining_RevokesTheInvitation_AndItCannotBeAcceptedAfterwards()
    {
        var (club, invitee, invitation) = await InvitedAsync("거절하는 모임");

        var declined = await Env.Directory.DeclineAsync(invitation.Id, invitee.Email);
        var accepted = await Env.Directory.AcceptAsync(invitation.Id, invitee.Id, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.Declined, declined.Kind);
        Assert.Equal(InvitationStatus.Revoked, StatusOf(invitation.Id));
        Assert.Equal(InvitationOutcomeKind.NoLongerValid, accepted.Kind);
        Assert.False(Env.Logto.Organizations.IsMember(club.Id, invitee.Id));
    }

    [Theory]
    [SecurityCase(CatalogueArea.Clubs, "An invitation id with path or query characters (../, ?, /status)",
        "Not found without any call to Logto's Management API")]
    [InlineData("../organizations/abc")]
    [InlineData("abc/status")]
    [InlineData("abc?invitee=x")]
    [InlineData("")]
    public async Task AnInvitationIdThatIsNotAnId_IsNotFound_WithoutAskingLogto(string invitationId)
    {
        var invitee = Env.NewUser("손님");
        var before = Env.Logto.Statistics.Requests;

        var accepted = await Env.Directory.AcceptAsync(invitationId, invitee.Id, invitee.Email);
        var declined = await Env.Directory.DeclineAsync(invitationId, invitee.Email);

        Assert.Equal(InvitationOutcomeKind.NotFound, accepted.Kind);
        Assert.Equal(InvitationOutcomeKind.NotFound, declined.Kind);
        Assert.Equal(before, Env.Logto.Statistics.Requests);
    }
}
