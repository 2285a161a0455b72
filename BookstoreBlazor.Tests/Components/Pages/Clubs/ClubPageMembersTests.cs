using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components.Pages.Clubs;
using BookstoreBlazor.Shelves;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>The club's members (from Logto's Management API) and what they show the club of their shelves.</summary>
public sealed class ClubPageMembersTests : ClubTestContext
{
    private static (string Name, string[] Roles)[] Members(IRenderedComponent<ClubPage> cut) =>
        cut.FindAll("[data-testid=club-member]").Select(m => (m.QuerySelector("[data-testid=club-member-name]")!.TextContent,
            m.QuerySelectorAll("[data-testid=club-member-role]").Select(r => r.TextContent.Trim()).ToArray())).ToArray();

    [Fact]
    public void Members_AreListedWithTheirRoles()
    {
        DirectoryKnowsTheClub();
        Directory.Members[Club].Add(new ClubMember("third-sub", "Third", null, ["member", "moderator"]));
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal([(OwnerName, ["Owner"]), (MemberName, ["Member"]), ("Third", ["Member", "moderator"])], Members(cut));
        Assert.Equal("https://k.kakaocdn.net/dn/minsu.jpg",
            cut.Find($"[data-subject={MemberSub}] img[data-testid=avatar-image]").GetAttribute("src"));
    }

    [Fact]
    public void ConfiguredRoleNames_AreShownAsOwnerAndMember()
    {
        ClubOptions.OwnerRole = "host";
        ClubOptions.MemberRole = "reader";
        Directory.Members[Club] = [new ClubMember(OwnerSub, OwnerName, null, ["host"]), new ClubMember(MemberSub, MemberName, null, ["reader", "owner"])];
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal([(OwnerName, ["Owner"]), (MemberName, ["Member", "owner"])], Members(cut));
    }

    [Fact]
    public void WithoutTheManagementApi_MembersAndTheirReading_SayItIsNotConfigured_TheListStillWorks()
    {
        Directory.IsConfigured = false;
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal("NotConfigured", cut.Find("[data-testid=club-members-problem]").GetAttribute("data-status"));
        Assert.Contains("Logto:Management", Text(cut, "club-members-problem"));
        Assert.Contains("not connected to Logto's Management API", Text(cut, "club-reading-problem"));
        Assert.Contains("who the club's members are", Text(cut, "club-reading-problem"));
        Assert.Equal(Club, Text(cut, "club-name"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-list-empty]"));
    }

    [Fact]
    public void WhenLogtoIsUnavailable_MembersAndTheirReading_SayToTryAgain()
    {
        Directory.Status = DirectoryStatus.Unavailable;
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal(LogtoUnavailable, Text(cut, "club-members-problem"));
        Assert.Equal(LogtoUnavailable, Text(cut, "club-reading-problem"));
        Assert.Equal(Club, Text(cut, "club-name"));
    }

    [Fact]
    public async Task WhatMembersAreReading_ShowsOnlyMembersBooksTheyMadeVisible_WithoutNotes()
    {
        DirectoryKnowsTheClub();
        await ShelveAsync(OwnerSub, Soseki, ShelfState.Reading, 4, note: "PRIVATE owner note", visible: true);
        await ShelveAsync(MemberSub, Austen, ShelfState.Read, 5, note: "PRIVATE member note", visible: false);
        await ShelveAsync("not-a-member-sub", Austen, ShelfState.Read, 1, visible: true);
        SignInAsMember();

        var cut = RenderClub();

        var entry = Assert.Single(cut.FindAll("[data-testid=club-reading]"));
        Assert.Equal((Soseki, OwnerSub), (entry.GetAttribute("data-isbn"), entry.GetAttribute("data-member")));
        Assert.Equal(OwnerName, entry.QuerySelector("[data-testid=club-reading-member]")!.TextContent);
        Assert.Equal("Reading", entry.QuerySelector("[data-testid=club-reading-state]")!.TextContent);
        Assert.Equal("4 of 5 stars", entry.QuerySelector("[data-testid=shelf-stars]")!.GetAttribute("aria-label"));
        Assert.Equal("/books/9780000000026", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("PRIVATE", cut.Markup);
    }

    [Fact]
    public void WhatMembersAreReading_WhenNobodyShowsABook_SaysHowToShareOne()
    {
        DirectoryKnowsTheClub();
        SignInAsMember();

        var cut = RenderClub();

        Assert.Contains("Show to my book clubs", Text(cut, "club-reading-empty"));
    }

    [Fact]
    public void WhenTheDirectoryFails_TheClubStillOpens_WithItsIdAndTheList_AndMembersSayLogtoIsUnavailable()
    {
        Directory.Throws = true;
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal(Club, Text(cut, "club-name"));
        Assert.Equal(LogtoUnavailable, Text(cut, "club-members-problem"));
        Assert.Equal(LogtoUnavailable, Text(cut, "club-reading-problem"));
        Assert.NotEmpty(cut.FindAll("[data-testid=club-list-empty]"));
    }
}
