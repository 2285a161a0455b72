using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components.Pages.Clubs;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>The invitee's side: the invitations addressed to their email, accepted or declined.</summary>
public sealed class InvitationsPageTests : ClubTestContext
{
    private const string Email = "minsu@example.com";

    private static readonly ClubInvitation ToReaders = new("inv-readers", Club, ClubName, Email, DateTimeOffset.UtcNow.AddDays(6).AddMinutes(5), OwnerName);
    private static readonly ClubInvitation ToPoets = new("inv-poets", OtherClub, "<b>Poets</b>", Email, DateTimeOffset.UtcNow.AddHours(5).AddMinutes(5), null);

    private IRenderedComponent<InvitationsPage> RenderInvitations() => RenderPage<InvitationsPage>("/clubs/invitations");

    private void Invited()
    {
        Directory.InvitationsByEmail[Email] = [ToReaders, ToPoets];
        SignInWithClubs(MemberSub, MemberName, Email);
    }

    private static string[] Ids(IRenderedComponent<InvitationsPage> cut) =>
        cut.FindAll("[data-testid=invitation]").Select(i => i.GetAttribute("data-invitation-id")!).ToArray();

    private static Task ClickAsync(IRenderedComponent<InvitationsPage> cut, string invitationId, string button) =>
        cut.Find($"[data-invitation-id={invitationId}] button[data-testid={button}]").ClickAsync(new());

    [Fact]
    public void Lists_TheInvitationsForTheUsersEmail_WithClubInviterAndExpiry()
    {
        Invited();

        var cut = RenderInvitations();

        Assert.Equal(["inv-readers", "inv-poets"], Ids(cut));
        var readers = cut.Find("[data-invitation-id=inv-readers]");
        Assert.Equal(ClubName, readers.QuerySelector("[data-testid=invitation-club]")!.TextContent);
        Assert.Equal(OwnerName, readers.QuerySelector("[data-testid=invitation-inviter]")!.TextContent);
        Assert.Equal("expires in 6 days", readers.QuerySelector("[data-testid=invitation-expires]")!.TextContent);
        var poets = cut.Find("[data-invitation-id=inv-poets]");
        Assert.Equal("<b>Poets</b>", poets.QuerySelector("[data-testid=invitation-club]")!.TextContent);
        Assert.Null(poets.QuerySelector("[data-testid=invitation-inviter]"));
        Assert.Equal("expires in 5 hours", poets.QuerySelector("[data-testid=invitation-expires]")!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=invitation] b"));
        Assert.Equal([$"InvitationsFor({Email})"], Directory.Calls);
    }

    [Fact]
    public void WithoutAnEmail_ExplainsInvitationsGoByEmail_AndAsksNothing()
    {
        SignInWithClubs(MemberSub, MemberName, email: null);

        var cut = RenderInvitations();

        Assert.Contains("Invitations are sent to an email address, and your account has none", Normalized(Text(cut, "invitations-no-email")));
        Assert.Empty(Directory.Calls);
    }

    [Fact]
    public void WithoutTheManagementApi_SaysInvitationsAreNotConfigured()
    {
        Directory.IsConfigured = false;
        Invited();

        var cut = RenderInvitations();

        Assert.Contains("Logto:Management:AppId", Text(cut, "invitations-not-configured"));
        Assert.Empty(Directory.Calls);
    }

    [Fact]
    public void WhenLogtoIsUnavailable_SaysToTryAgain()
    {
        Directory.Status = DirectoryStatus.Unavailable;
        Invited();

        var cut = RenderInvitations();

        Assert.Equal(LogtoUnavailable, Text(cut, "invitations-problem"));
    }

    [Fact]
    public void WithNone_SaysNoneIsWaitingForTheirAddress()
    {
        SignInWithClubs(MemberSub, MemberName, Email);

        var cut = RenderInvitations();

        Assert.Equal($"No invitation is waiting for {Email}.", Normalized(cut.Find("[data-testid=invitations-none] p").TextContent));
    }

    [Fact]
    public async Task Accept_JoinsAsThisUser_RefreshesTheSessionsClubs_AndOpensTheClubWithAReload()
    {
        Invited();
        var cut = RenderInvitations();

        await ClickAsync(cut, "inv-readers", "invitation-accept");

        Assert.Contains($"Accept(inv-readers, {MemberSub}, {Email})", Directory.Calls);
        Assert.Equal(1, ClubAccess.Refreshes);
        var navigation = Navigation.History.First();
        Assert.Equal("/clubs/readers1club", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public async Task Accept_EvenWhenTheSessionCouldNotBeRefreshed_OpensTheClub_WhichAsksLogtoItself()
    {
        ClubAccess.RefreshSucceeds = false;
        Invited();
        var cut = RenderInvitations();

        await ClickAsync(cut, "inv-poets", "invitation-accept");

        Assert.Equal("/clubs/poets2club", Navigation.History.First().Uri);
    }

    [Theory]
    [InlineData(InvitationOutcomeKind.NoLongerValid, "This invitation has expired or was withdrawn.")]
    [InlineData(InvitationOutcomeKind.NotFound, "There is no such invitation for you.")]
    [InlineData(InvitationOutcomeKind.Unavailable, "Logto could not be asked just now.")]
    public async Task Accept_ThatFails_ShowsTheOutcome_KeepsTheList_AndStaysHere(InvitationOutcomeKind kind, string message)
    {
        Directory.AcceptOutcome = new InvitationOutcome(kind, message);
        Invited();
        var cut = RenderInvitations();
        var navigations = Navigation.History.Count;

        await ClickAsync(cut, "inv-readers", "invitation-accept");

        cut.WaitForAssertion(() => Assert.Equal(message, Text(cut, "invitations-message")), Patience);
        Assert.Equal(["inv-readers", "inv-poets"], Ids(cut));
        Assert.Equal(0, ClubAccess.Refreshes);
        Assert.Equal(navigations, Navigation.History.Count);
    }

    [Fact]
    public async Task Decline_RemovesItFromTheList_WithAMessage()
    {
        Invited();
        var cut = RenderInvitations();

        await ClickAsync(cut, "inv-poets", "invitation-decline");

        cut.WaitForAssertion(() => Assert.Equal(["inv-readers"], Ids(cut)), Patience);
        Assert.Equal("Invitation declined.", Text(cut, "invitations-message"));
        Assert.Contains($"Decline(inv-poets, {Email})", Directory.Calls);
        Assert.Equal(0, ClubAccess.Refreshes);
    }

    [Fact]
    public async Task Decline_ThatFails_ShowsTheOutcome_AndKeepsTheList()
    {
        Directory.DeclineOutcome = new InvitationOutcome(InvitationOutcomeKind.NoLongerValid, "This invitation has expired or was withdrawn.");
        Invited();
        var cut = RenderInvitations();

        await ClickAsync(cut, "inv-poets", "invitation-decline");

        cut.WaitForAssertion(() => Assert.Equal("This invitation has expired or was withdrawn.", Text(cut, "invitations-message")), Patience);
        Assert.Equal(["inv-readers", "inv-poets"], Ids(cut));
    }

    [Fact]
    public async Task Accept_WhenTheDirectoryFails_SaysNothingChanged_AndKeepsTheList()
    {
        Invited();
        var cut = RenderInvitations();

        Directory.Throws = true;
        await ClickAsync(cut, "inv-readers", "invitation-accept");

        cut.WaitForAssertion(() => Assert.Contains("nothing was changed", Text(cut, "invitations-message")), Patience);
        Assert.Equal(["inv-readers", "inv-poets"], Ids(cut));
        Assert.Equal(0, ClubAccess.Refreshes);
    }
}
