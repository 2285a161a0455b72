using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components.Pages.Clubs;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>Owners invite people by email on the club's page and see who has not answered yet.</summary>
public sealed class ClubPageInviteTests : ClubTestContext
{
    private static async Task InviteAsync(IRenderedComponent<ClubPage> cut, string email)
    {
        await cut.Find("input[data-testid=club-invite-email]").InputAsync(new() { Value = email });
        await cut.Find("form[data-testid=club-invite-form]").SubmitAsync();
    }

    private static ClubInvitation Pending(string id, string invitee, int days) =>
        new(id, Club, ClubName, invitee, DateTimeOffset.UtcNow.AddDays(days).AddMinutes(5), OwnerName);

    [Fact]
    public void Owner_SeesThePendingInvitations_WithWhenTheyExpire()
    {
        DirectoryKnowsTheClub();
        Directory.PendingOfClub[Club] = [Pending("inv1", "friend@example.com", 6), Pending("inv2", "<b>x</b>@example.com", 1)];
        SignInAsOwner();

        var cut = RenderClub();

        var rows = cut.FindAll("[data-testid=club-invite-pending]");
        Assert.Equal(["friend@example.com", "<b>x</b>@example.com"], rows.Select(r => r.QuerySelector("[data-testid=club-invite-pending-invitee]")!.TextContent));
        Assert.Contains("expires in 6 days", rows[0].TextContent);
        Assert.Contains("expires in 1 day", rows[1].TextContent);
        Assert.Empty(cut.FindAll("[data-testid=club-invite] b"));
    }

    [Fact]
    public async Task Invite_SendsItForThisClubFromThisOwner_SaysSo_AndListsItAsPending()
    {
        DirectoryKnowsTheClub();
        SignInAsOwner();
        var cut = RenderClub();
        Assert.Equal("No invitation is waiting for an answer.", Text(cut, "club-invite-pending-none"));

        Directory.PendingOfClub[Club] = [Pending("inv1", "friend@example.com", 7)];
        await InviteAsync(cut, "  friend@example.com ");

        cut.WaitForAssertion(() => Assert.Equal("Invitation sent.", Text(cut, "club-invite-message")), Patience);
        Assert.Contains($"Invite({Club}, friend@example.com, {OwnerSub})", Directory.Calls);
        Assert.Equal("friend@example.com", Text(cut, "club-invite-pending-invitee"));
        Assert.Equal("", cut.Find("input[data-testid=club-invite-email]").GetAttribute("value") ?? "");
    }

    [Theory]
    [InlineData(InvitationOutcomeKind.InvalidEmail, "That is not an email address.")]
    [InlineData(InvitationOutcomeKind.AlreadyMember, "friend@example.com is already a member of this club.")]
    [InlineData(InvitationOutcomeKind.AlreadyInvited, "friend@example.com has been invited already.")]
    [InlineData(InvitationOutcomeKind.Unavailable, "Logto could not be asked just now.")]
    public async Task Invite_ThatDidNotHappen_ShowsTheOutcomesMessage_AndKeepsTheAddress(InvitationOutcomeKind kind, string message)
    {
        DirectoryKnowsTheClub();
        Directory.InviteOutcome = new InvitationOutcome(kind, message);
        SignInAsOwner();
        var cut = RenderClub();

        await InviteAsync(cut, "friend@example.com");

        cut.WaitForAssertion(() => Assert.Equal(message, Text(cut, "club-invite-message")), Patience);
        Assert.Contains("mud-alert-text-warning", cut.Find("[data-testid=club-invite-message]").ClassName);
        Assert.Equal("friend@example.com", cut.Find("input[data-testid=club-invite-email]").GetAttribute("value"));
    }

    [Fact]
    public async Task Invite_AfterTheOwnerLostTheRightToInvite_IsRefused_AndNothingIsSent()
    {
        DirectoryKnowsTheClub();
        SignInAsOwner();
        var cut = RenderClub();

        ClubAccess.Answer(new ClubAccess(ClubAccessState.Granted, Club, new HashSet<string>([ClubPermissions.Read, ClubPermissions.EditList])));
        await InviteAsync(cut, "friend@example.com");

        Assert.DoesNotContain(Directory.Calls, c => c.StartsWith("Invite(", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=club-invite]"));
        Assert.Equal([Club, Club], ClubAccess.Asked);
    }

    [Fact]
    public async Task Invite_AfterTheOwnerLeftTheClub_IsRefused_AndNothingIsSent()
    {
        DirectoryKnowsTheClub();
        SignInAsOwner();
        var cut = RenderClub();

        ClubAccess.Answer(Club, ClubAccessState.NotAMember);
        await InviteAsync(cut, "friend@example.com");

        cut.WaitForAssertion(() => Assert.Equal("not-a-member", cut.Find("[data-testid=club-refusal]").GetAttribute("data-reason")), Patience);
        Assert.DoesNotContain(Directory.Calls, c => c.StartsWith("Invite(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_WhenLogtoCannotConfirmAccess_SaysNothingWasSent()
    {
        DirectoryKnowsTheClub();
        SignInAsOwner();
        var cut = RenderClub();

        ClubAccess.Answer(Club, ClubAccessState.Unavailable);
        await InviteAsync(cut, "friend@example.com");

        cut.WaitForAssertion(() => Assert.Contains("could not confirm your access", Text(cut, "club-invite-message")), Patience);
        Assert.DoesNotContain(Directory.Calls, c => c.StartsWith("Invite(", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheManagementApi_TheOwnerIsToldInvitationsNeedItsSettings()
    {
        Directory.IsConfigured = false;
        SignInAsOwner();

        var cut = RenderClub();

        var text = Text(cut, "club-invite-not-configured");
        Assert.Contains("Logto:Management:AppId", text);
        Assert.Contains("Logto:Management:AppSecret", text);
        Assert.Empty(cut.FindAll("[data-testid=club-invite-form]"));
        Assert.DoesNotContain(Directory.Calls, c => c.StartsWith("PendingOfClub(", StringComparison.Ordinal));
    }

    [Fact]
    public void WhenLogtoIsUnavailable_PendingInvitationsSaySo()
    {
        Directory.Status = DirectoryStatus.Unavailable;
        SignInAsOwner();

        var cut = RenderClub();

        Assert.Equal(LogtoUnavailable, Text(cut, "club-invite-pending-problem"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-invite-form]"));
    }

    [Fact]
    public void Members_AreNotOfferedInvitations()
    {
        DirectoryKnowsTheClub();
        SignInAsMember();

        var cut = RenderClub();

        Assert.Empty(cut.FindAll("[data-testid=club-invite]"));
        Assert.DoesNotContain(Directory.Calls, c => c.StartsWith("PendingOfClub(", StringComparison.Ordinal));
    }
}
