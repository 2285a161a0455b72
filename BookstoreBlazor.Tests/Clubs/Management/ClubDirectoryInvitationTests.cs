using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.Tests.Clubs.Management;

/// <summary>Sending invitations through the Management API, and what Logto's refusals become for the owner.</summary>
public sealed class ClubDirectoryInvitationTests(SharedDirectoryEnvironment shared) : IClassFixture<SharedDirectoryEnvironment>
{
    private DirectoryEnvironment Env => shared.Env;

    [Fact]
    public async Task Inviting_SendsAPendingInvitationForTheMemberRole_ForSevenDays_WithoutAnEmailFromLogto()
    {
        var (club, ownerId) = Env.NewClub("초대하는 모임");
        var invitee = Env.NewUser("손님");

        var outcome = await Env.Directory.InviteAsync(club.Id, "  " + invitee.Email + " ", ownerId);

        Assert.Equal(InvitationOutcomeKind.Sent, outcome.Kind);
        Assert.True(outcome.Succeeded);
        Assert.Contains(invitee.Email, outcome.Message);
        var stored = Assert.Single(Env.Logto.Invitations.List(club.Id));
        Assert.Equal(outcome.Invitation!.Id, stored.Id);
        Assert.Equal(invitee.Email, stored.Invitee);
        Assert.Equal(ownerId, stored.InviterId);
        Assert.Equal([EmulatorOrganizationRole.MemberName], stored.RoleNames);
        Assert.Equal(InvitationStatus.Pending, stored.StatusAt(DateTimeOffset.UtcNow));
        Assert.Equal(Env.Clock.GetUtcNow().AddDays(7).ToUnixTimeMilliseconds(), stored.ExpiresAt.ToUnixTimeMilliseconds());
        Assert.Null(stored.MessagePayload);
        Assert.Equal(club.Name, outcome.Invitation.ClubName);
    }

    [Fact]
    public async Task InvitingTheSameEmailAgain_IsAlreadyInvited_WhateverItsCase()
    {
        var (club, ownerId) = Env.NewClub("두 번 초대");
        var invitee = Env.NewUser("손님");

        var first = await Env.Directory.InviteAsync(club.Id, invitee.Email, ownerId);
        var again = await Env.Directory.InviteAsync(club.Id, invitee.Email.ToUpperInvariant(), ownerId);

        Assert.Equal(InvitationOutcomeKind.Sent, first.Kind);
        Assert.Equal(InvitationOutcomeKind.AlreadyInvited, again.Kind);
        Assert.Equal("That email already has a pending invitation to this club.", again.Message);
        Assert.Single(Env.Logto.Invitations.List(club.Id));
    }

    [Fact]
    public async Task InvitingAMember_IsAlreadyMember()
    {
        var soseki = Env.Seeded(OrganizationSeed.SosekiReaders);
        var admin = Env.Logto.Users.FindByIdentifier(TestAccount.Admin.Username)!;

        var outcome = await Env.Directory.InviteAsync(soseki.Id, TestAccount.Reader.Email, admin.Id);

        Assert.Equal(InvitationOutcomeKind.AlreadyMember, outcome.Kind);
        Assert.Equal("The person with that email is already a member of this club.", outcome.Message);
        Assert.Empty(Env.Logto.Invitations.List(soseki.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-email")]
    [InlineData("someone@localhost")]
    [InlineData("Someone <someone@example.com>")]
    [InlineData("one@example.com, two@example.com")]
    [InlineData("one@example.com\r\nBcc: two@example.com")]
    public async Task InvitingSomethingThatIsNotOneEmailAddress_IsInvalidEmail_AndLogtoIsNotAsked(string? email)
    {
        var (club, ownerId) = Env.NewClub("잘못된 주소");
        var before = Env.Logto.Statistics.Requests;

        var outcome = await Env.Directory.InviteAsync(club.Id, email, ownerId);

        Assert.Equal(InvitationOutcomeKind.InvalidEmail, outcome.Kind);
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, Env.Logto.Statistics.Requests);
        Assert.Empty(Env.Logto.Invitations.List(club.Id));
    }

    [Fact]
    public async Task InvitingToAClubLogtoDoesNotHave_IsNotFound()
    {
        var outcome = await Env.Directory.InviteAsync("nosuchclub00", Env.NewUser("손님").Email, Env.NewUser("누군가").Id);

        Assert.Equal(InvitationOutcomeKind.NotFound, outcome.Kind);
        Assert.Empty(Env.Logto.Invitations.List("nosuchclub00"));
    }

    [Fact]
    public async Task AClubsPendingInvitations_LeaveOutExpiredAndAnsweredOnes()
    {
        var (club, ownerId) = Env.NewClub("대기 목록");
        var pending = Env.NewUser("대기");
        var expired = Env.NewUser("만료");
        var declined = Env.NewUser("거절");
        await Env.Directory.InviteAsync(club.Id, pending.Email, ownerId);
        Env.Logto.CreateInvitation(club.Id, expired.Email, DateTimeOffset.UtcNow.AddDays(-1), ownerId, EmulatorOrganizationRole.MemberName);
        var toDecline = await Env.Directory.InviteAsync(club.Id, declined.Email, ownerId);
        await Env.Directory.DeclineAsync(toDecline.Invitation!.Id, declined.Email);

        var listed = await Env.Directory.PendingInvitationsOfClubAsync(club.Id);

        Assert.Equal(DirectoryStatus.Ok, listed.Status);
        var only = Assert.Single(listed.Value!);
        Assert.Equal((pending.Email, club.Name, "모임장"), (only.Invitee, only.ClubName, only.InviterName));
    }
}
