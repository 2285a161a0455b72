using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components;
using BookstoreBlazor.Components.Pages.Clubs;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

public sealed class ClubsPageTests : ClubTestContext
{
    private IRenderedComponent<ClubsPage> RenderClubs() => RenderPage<ClubsPage>("/clubs");

    private static (string Id, string Name, string Role, string? Href)[] Cards(IRenderedComponent<ClubsPage> cut) =>
        cut.FindAll("[data-testid=club-card]").Select(c => (c.GetAttribute("data-club-id")!,
            c.QuerySelector("[data-testid=club-card-name]")!.TextContent.Trim(),
            c.QuerySelector("[data-testid=club-card-role]")!.TextContent.Trim(), c.GetAttribute("href"))).ToArray();

    [Fact]
    public void Clubs_ListsTheClubsInTheClaims_WithLogtosNames_TheUsersRole_AndALinkToEach()
    {
        Directory.Clubs[Club] = new ClubInfo(Club, ClubName, null);
        Directory.Clubs[OtherClub] = new ClubInfo(OtherClub, "漱石を読む会", null);
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"), (OtherClub, "member"));

        var cut = RenderClubs();

        Assert.Equal([(Club, ClubName, "Owner", "/clubs/readers1club"), (OtherClub, "漱石を読む会", "Member", "/clubs/poets2club")], Cards(cut));
        Assert.Empty(cut.FindAll("[data-testid=clubs-empty]"));
    }

    [Fact]
    public void Clubs_WhenLogtoCannotNameAClub_ShowItsId()
    {
        Directory.Clubs[Club] = new ClubInfo(Club, ClubName, null);
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"), (OtherClub, "member"));

        var cut = RenderClubs();

        Assert.Equal([ClubName, OtherClub], Cards(cut).Select(c => c.Name));
    }

    [Fact]
    public void Clubs_WhenLogtoIsUnavailable_ShowIds_AndNoInvitationCount()
    {
        Directory.Status = DirectoryStatus.Unavailable;
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));

        var cut = RenderClubs();

        Assert.Equal([Club], Cards(cut).Select(c => c.Name));
        Assert.Empty(cut.FindAll(".mud-badge"));
    }

    [Fact]
    public void Clubs_WhenTheDirectoryFails_ShowIds()
    {
        Directory.Throws = true;
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));

        var cut = RenderClubs();

        Assert.Equal([(Club, Club, "Owner", "/clubs/readers1club")], Cards(cut));
    }

    [Fact]
    public void Clubs_WithoutTheManagementApi_ShowIds_AndNoInvitationsLink()
    {
        Directory.IsConfigured = false;
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));

        var cut = RenderClubs();

        Assert.Equal([(Club, Club, "Owner", "/clubs/readers1club")], Cards(cut));
        Assert.Empty(cut.FindAll("[data-testid=clubs-invitations-link]"));
        Assert.Empty(Directory.Calls);
    }

    [Fact]
    public void Clubs_NamesFromLogto_AreText_NeverMarkup()
    {
        Directory.Clubs[Club] = new ClubInfo(Club, "<img src=x onerror=alert(1)>Club", null);
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "member"));

        var cut = RenderClubs();

        Assert.Equal("<img src=x onerror=alert(1)>Club", Cards(cut)[0].Name);
        Assert.Empty(cut.FindAll("[data-testid=club-card] img"));
    }

    [Fact]
    public void Clubs_WithPendingInvitations_CountsThemOnTheInvitationsLink()
    {
        Directory.InvitationsByEmail[OwnerEmail] =
        [
            new ClubInvitation("inv1", OtherClub, "漱石を読む会", OwnerEmail, DateTimeOffset.UtcNow.AddDays(3), "Admin"),
            new ClubInvitation("inv2", "third3club", "Third", OwnerEmail, DateTimeOffset.UtcNow.AddDays(3), null),
        ];
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));

        var cut = RenderClubs();

        Assert.Equal("/clubs/invitations", cut.Find("[data-testid=clubs-invitations-link]").GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".mud-badge").TextContent.Trim()), Patience);
        Assert.Contains($"InvitationsFor({OwnerEmail})", Directory.Calls);
    }

    [Fact]
    public void Clubs_WithoutAnEmail_AskNothingAboutInvitations()
    {
        SignInWithClubs(OwnerSub, OwnerName, email: null, (Club, "owner"));

        var cut = RenderClubs();

        Assert.Equal([$"FindClub({Club})"], Directory.Calls);
        Assert.Empty(cut.FindAll(".mud-badge"));
    }

    [Fact]
    public void Clubs_WhenInNone_ExplainsClubsAreLogtoOrganizations_JoinedByInvitation()
    {
        SignInWithClubs(MemberSub, MemberName, "minsu@example.com");

        var cut = RenderClubs();

        var empty = Normalized(cut.Find("[data-testid=clubs-empty]").TextContent);
        Assert.Contains("You are not in a book club yet", empty);
        Assert.Contains("organization in Logto", empty);
        Assert.Contains("invites you by email", empty);
        Assert.Equal("/clubs/invitations", cut.Find("[data-testid=clubs-empty-invitations]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=club-card]"));
    }

    [Fact]
    public void Clubs_ClaimsThatAreNotLogtosShape_ListNoClub()
    {
        SignInAs([new("sub", MemberSub), new("organizations", "../admin"), new("organizations", "UPPER"), new("organization_roles", "../admin:owner")]);

        var cut = RenderClubs();

        Assert.NotEmpty(cut.FindAll("[data-testid=clubs-empty]"));
    }

    [Theory]
    [InlineData("/clubs", "/sign-in?returnUrl=%2Fclubs")]
    [InlineData("/clubs/readers1club", "/sign-in?returnUrl=%2Fclubs%2Freaders1club")]
    [InlineData("/clubs/invitations", "/sign-in?returnUrl=%2Fclubs%2Finvitations")]
    public void Routes_ClubPagesWhenAnonymous_RedirectToSignInAndBack(string url, string signIn)
    {
        Auth.SetNotAuthorized();
        GoTo(url);

        Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal(signIn, navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
        Assert.Empty(ClubAccess.Asked);
        Assert.Empty(Directory.Calls);
    }

    [Theory]
    [InlineData("/clubs/invitations", "Club invitations")]
    [InlineData("/clubs", "Book clubs")]
    public void Routes_TheInvitationsAddress_IsTheInvitationsPage_NotAClubCalledInvitations(string url, string heading)
    {
        Directory.InvitationsByEmail[OwnerEmail] = [];
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));
        GoTo(url);

        var cut = Render<Routes>();

        cut.WaitForAssertion(() => Assert.Equal(heading, cut.Find(".mud-main-content h1").TextContent.Trim()), Patience);
        Assert.Empty(ClubAccess.Asked);
    }
}
