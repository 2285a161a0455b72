using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components.Pages.Clubs;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>A club's page shows the club only once Logto granted an organization token for it, and says why not otherwise.</summary>
public sealed class ClubPageAccessTests : ClubTestContext
{
    private static string Reason(IRenderedComponent<ClubPage> cut) => cut.Find("[data-testid=club-refusal]").GetAttribute("data-reason")!;

    private static void AssertShowsNothingOfTheClub(IRenderedComponent<ClubPage> cut)
    {
        foreach (var section in new[] { "club-header", "club-reading-list", "club-members", "club-members-reading", "club-invite" })
            Assert.Empty(cut.FindAll($"[data-testid={section}]"));
        Assert.DoesNotContain(ClubName, cut.Markup);
        Assert.DoesNotContain("Pride and Prejudice", cut.Markup);
    }

    [Theory]
    [InlineData(OtherClub)]          // a real club the user is not in
    [InlineData("nosuchclub0000")]   // no such club
    [InlineData("../READERS1CLUB")]  // malformed
    [InlineData("readers1club%00")]
    public async Task NotAMember_UnknownOrMalformed_AllReadTheSame_AndNothingOfAnyClubIsRead(string clubId)
    {
        DirectoryKnowsTheClub();
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        await Books.ClubReadingList.AddAsync(OtherClub, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        // The claims even list the club: only Logto's organization token counts.
        SignInWithClubs(MemberSub, MemberName, "minsu@example.com", (clubId, "owner"), (Club, "member"));

        var cut = RenderClub(clubId);

        Assert.Equal("not-a-member", Reason(cut));
        Assert.Equal("You are not a member of this club", Text(cut, "club-refusal-title"));
        Assert.DoesNotContain(clubId, Text(cut, "club-refusal-text"));
        Assert.Equal("/clubs", cut.Find("[data-testid=club-refusal-clubs]").GetAttribute("href"));
        Assert.Equal([clubId], ClubAccess.Asked);
        Assert.Empty(Directory.Calls);
        AssertShowsNothingOfTheClub(cut);
    }

    [Fact]
    public void NeedsSignIn_AsksToSignInAgain_WithTheButtonToDoSo()
    {
        DirectoryKnowsTheClub();
        ClubAccess.Answer(Club, ClubAccessState.NeedsSignIn);
        SignInWithClubs(MemberSub, MemberName, null, (Club, "member"));

        var cut = RenderClub();

        Assert.Equal("Sign in again to use clubs", Text(cut, "club-refusal-title"));
        Assert.Contains("sign in again", Text(cut, "club-refusal-text"));
        // Signing in while signed in only comes back here, so the way to a new sign-in is through signing out.
        Assert.Equal("/sign-out", cut.Find("[data-testid=club-refusal] form").GetAttribute("action"));
        Assert.NotNull(cut.Find("[data-testid=club-refusal] button[data-testid=sign-out]"));
        Assert.Empty(Directory.Calls);
        AssertShowsNothingOfTheClub(cut);
    }

    [Fact]
    public void Unavailable_OffersToTryAgain_AndTryingAgainOpensTheClubOnceLogtoAnswers()
    {
        DirectoryKnowsTheClub();
        ClubAccess.Answer(Club, ClubAccessState.Unavailable);
        SignInWithClubs(MemberSub, MemberName, null, (Club, "member"));
        var cut = RenderClub();
        Assert.Equal("unavailable", Reason(cut));
        Assert.Contains("try again", Text(cut, "club-refusal-text"));
        Assert.Empty(Directory.Calls);

        ClubAccess.Answer(FakeClubAccess.Member(Club));
        cut.Find("button[data-testid=club-retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal(ClubName, Text(cut, "club-name")), Patience);
        Assert.Equal([Club, Club], ClubAccess.Asked);
    }

    [Fact]
    public void WhenAskingForAccessFails_ItIsUnavailable_AndNothingOfTheClubIsRead()
    {
        DirectoryKnowsTheClub();
        ClubAccess.Throws = true;
        SignInAsOwner();

        var cut = RenderClub();

        Assert.Equal("unavailable", Reason(cut));
        Assert.Empty(Directory.Calls);
        AssertShowsNothingOfTheClub(cut);
    }

    [Fact]
    public void SignedOut_SaysTheSessionEnded()
    {
        ClubAccess.Answer(Club, ClubAccessState.SignedOut);
        SignInWithClubs(MemberSub, MemberName, null, (Club, "member"));

        var cut = RenderClub();

        Assert.Equal("Your session has ended", Text(cut, "club-refusal-title"));
        AssertShowsNothingOfTheClub(cut);
    }

    [Fact]
    public async Task WhileAccessIsChecked_ShowsOnlyAPlaceholder()
    {
        DirectoryKnowsTheClub();
        ClubAccess.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SignInAsMember();
        GoTo(ClubRoutes.Club(Club));

        var cut = Render<ClubPage>(p => p.Add(x => x.ClubId, Club));

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        Assert.Empty(cut.FindAll("[data-testid=club-refusal]"));
        AssertShowsNothingOfTheClub(cut);
        ClubAccess.Hold.SetResult();
        await Task.Yield();
        cut.WaitForAssertion(() => Assert.Equal(ClubName, Text(cut, "club-name")), Patience);
    }

    [Fact]
    public void Member_SeesTheClub_ButNoOwnersControls()
    {
        DirectoryKnowsTheClub();
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal(ClubName, Text(cut, "club-name"));
        Assert.Equal("We read at midnight.", Text(cut, "club-description"));
        Assert.Equal("Member", Text(cut, "club-my-role"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-reading-list]"));
        Assert.Empty(cut.FindAll("[data-testid=club-book-search]"));
        Assert.Empty(cut.FindAll("[data-testid=club-invite]"));
        Assert.Contains("The club's owners add books to it.", Text(cut, "club-list-empty"));
    }

    [Fact]
    public void Owner_SeesTheSearchToAddBooks_AndTheInvitations()
    {
        DirectoryKnowsTheClub();
        SignInAsOwner();

        var cut = RenderClub();

        Assert.Equal("Owner", Text(cut, "club-my-role"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-book-search]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-invite-form]"));
    }

    [Fact]
    public void OwnerInTheClaims_ButAMemberByTheOrganizationToken_GetsOnlyWhatTheTokenAllows()
    {
        DirectoryKnowsTheClub();
        ClubAccess.Answer(FakeClubAccess.Member(Club));
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));

        var cut = RenderClub();

        Assert.Equal("Member", Text(cut, "club-my-role"));
        Assert.Empty(cut.FindAll("[data-testid=club-book-search]"));
        Assert.Empty(cut.FindAll("[data-testid=club-invite]"));
    }

    [Fact]
    public void ClubDataFromLogto_IsShownAsText_NeverMarkup()
    {
        Directory.Clubs[Club] = new ClubInfo(Club, "<script>alert(1)</script>", "<b>bold</b>");
        Directory.Members[Club] = [new ClubMember(MemberSub, "<img src=x onerror=alert(2)>", "javascript:alert(3)", ["<i>role</i>"])];
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal("<script>alert(1)</script>", Text(cut, "club-name"));
        Assert.Equal("<b>bold</b>", Text(cut, "club-description"));
        Assert.Equal("<img src=x onerror=alert(2)>", Text(cut, "club-member-name"));
        Assert.Equal("<i>role</i>", Text(cut, "club-member-role"));
        Assert.Empty(cut.FindAll("script, b, i, img[src=x]"));
        Assert.DoesNotContain("javascript:", cut.Markup);
    }

    [Fact]
    public void RevalidationWithoutTheClub_SwitchesToNoLongerAMember_WithoutAReload()
    {
        DirectoryKnowsTheClub();
        SignInAsMember();
        var cut = RenderClub();
        Assert.Equal(ClubName, Text(cut, "club-name"));
        var navigations = Navigation.History.Count;

        // The session's revalidation hands the circuit a principal whose claims no longer list the club.
        Auth.SetClaims(ClubClaims(MemberSub, MemberName, "minsu@example.com", (OtherClub, "member")));

        cut.WaitForAssertion(() => Assert.Equal("no-longer-member", Reason(cut)), Patience);
        Assert.Equal("You are no longer a member of this club", Text(cut, "club-refusal-title"));
        AssertShowsNothingOfTheClub(cut);
        Assert.Equal(navigations, Navigation.History.Count);
    }

    [Fact]
    public void RevalidationStillListingTheClub_KeepsThePage_WithoutAskingAgain()
    {
        DirectoryKnowsTheClub();
        SignInAsMember();
        var cut = RenderClub();

        Auth.SetClaims(ClubClaims(MemberSub, "Minsu (renamed)", "minsu@example.com", (Club, "member")));

        cut.WaitForAssertion(() => Assert.Equal(ClubName, Text(cut, "club-name")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=club-refusal]"));
        Assert.Equal([Club], ClubAccess.Asked);
    }
}
