using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Components.Pages.Clubs;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>The club's reading list on its page: everyone reads it, owners change it, and only while Logto still lets them.</summary>
public sealed class ClubPageReadingListTests : ClubTestContext
{
    private static string[] Isbns(IRenderedComponent<ClubPage> cut) =>
        cut.FindAll("[data-testid=club-book]").Select(b => b.GetAttribute("data-isbn")!).ToArray();

    private static async Task SearchAsync(IRenderedComponent<ClubPage> cut, string text)
    {
        await cut.Find("input[data-testid=club-book-search-text]").InputAsync(new() { Value = text });
        await cut.Find("form[data-testid=club-book-search]").SubmitAsync();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=club-book-search-results]")), Patience);
    }

    private static async Task AddAsync(IRenderedComponent<ClubPage> cut, string isbn) =>
        await cut.Find($"[data-testid=club-book-search-result][data-isbn='{isbn}'] button[data-testid=club-book-add]").ClickAsync(new());

    private static async Task RemoveAsync(IRenderedComponent<ClubPage> cut, string isbn)
    {
        await cut.Find($"[data-testid=club-book][data-isbn='{isbn}'] button[data-testid=club-book-remove]").ClickAsync(new());
        await cut.Find($"[data-testid=club-book][data-isbn='{isbn}'] button[data-testid=club-book-remove-confirm]").ClickAsync(new());
    }

    [Fact]
    public async Task TheList_ShowsEachBook_WithCoverTitleLinkAndWhoAddedIt_NewestFirst()
    {
        DirectoryKnowsTheClub();
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        await Books.ClubReadingList.AddAsync(Club, Soseki, new ClubBookAdder("other-owner", "<b>Other</b>"));
        await Books.ClubReadingList.AddAsync(OtherClub, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        SignInAsMember();

        var cut = RenderClub();

        Assert.Equal([Soseki, Austen], Isbns(cut));
        var kokoro = cut.Find($"[data-testid=club-book][data-isbn='{Soseki}']");
        var title = kokoro.QuerySelector("[data-testid=club-book-title]")!;
        Assert.Equal(("a", "/books/9780000000026", "ja", "こころ"), (title.LocalName, title.GetAttribute("href"), title.GetAttribute("lang"), title.TextContent));
        Assert.StartsWith("/covers/9780000000026.svg?v=", kokoro.QuerySelector("img[data-testid=book-cover]")!.GetAttribute("src"));
        Assert.Equal("<b>Other</b>", kokoro.QuerySelector("[data-testid=club-book-added-by]")!.TextContent);
        Assert.Equal("just now", kokoro.QuerySelector("[data-testid=club-book-added-at]")!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=club-book] b"));
        Assert.Empty(cut.FindAll("[data-testid=club-book-remove]"));
    }

    [Fact]
    public async Task ABookRemovedFromTheCatalogue_StaysListed_MarkedAndWithoutALink()
    {
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        var book = (await Books.Catalog.FindAsync(Austen))!;
        await Books.Editor.RemoveAsync(Austen, book.Version, BookDatabase.Admin);
        SignInAsOwner();

        var cut = RenderClub();

        var row = cut.Find($"[data-testid=club-book][data-isbn='{Austen}']");
        Assert.Equal("No longer in the catalogue", row.QuerySelector("[data-testid=club-book-removed]")!.TextContent);
        Assert.Equal("span", row.QuerySelector("[data-testid=club-book-title]")!.LocalName);
        Assert.Empty(row.QuerySelectorAll("a"));
        Assert.NotNull(row.QuerySelector("[data-testid=club-book-remove]"));
    }

    [Theory]
    [InlineData("pride")]
    [InlineData("austen")]
    [InlineData("978-0-00-000001-9")]
    public async Task Owner_FindsABookByTitleAuthorOrIsbn_AndAddsIt(string search)
    {
        SignInAsOwner();
        var cut = RenderClub();

        await SearchAsync(cut, search);
        await AddAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Equal([Austen], Isbns(cut)), Patience);
        Assert.Equal("Added “Pride and Prejudice” to the club's reading list.", Text(cut, "club-list-message"));
        var listed = Assert.Single(await ListedAsync());
        Assert.Equal((OwnerSub, OwnerName), (listed.AddedBySubject, listed.AddedByName));
        Assert.Equal("On the list", cut.Find($"[data-testid=club-book-search-result][data-isbn='{Austen}'] [data-testid=club-book-search-listed]").TextContent);
        Assert.Equal([Club, Club], ClubAccess.Asked);
    }

    [Fact]
    public async Task Search_WithNoMatch_SaysSo()
    {
        SignInAsOwner();
        var cut = RenderClub();

        await SearchAsync(cut, "<i>nothing</i>");

        Assert.Equal("No book in the catalogue matches “<i>nothing</i>”.", Text(cut, "club-book-search-none"));
        Assert.Empty(cut.FindAll("[data-testid=club-book-search-none] i"));
    }

    [Fact]
    public async Task Owner_RemovesABook_AfterConfirming()
    {
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        await Books.ClubReadingList.AddAsync(Club, Soseki, new ClubBookAdder(OwnerSub, OwnerName));
        SignInAsOwner();
        var cut = RenderClub();

        await RemoveAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Equal([Soseki], Isbns(cut)), Patience);
        Assert.Equal("Removed “Pride and Prejudice” from the club's reading list.", Text(cut, "club-list-message"));
        Assert.Equal([Soseki], (await ListedAsync()).Select(b => b.Book.Isbn));
    }

    [Fact]
    public async Task Remove_NotConfirmed_ChangesNothing()
    {
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        SignInAsOwner();
        var cut = RenderClub();

        await cut.Find("button[data-testid=club-book-remove]").ClickAsync(new());
        await cut.Find("button[data-testid=club-book-remove-cancel]").ClickAsync(new());

        Assert.Equal([Austen], Isbns(cut));
        Assert.Single(await ListedAsync());
        Assert.Empty(cut.FindAll("[data-testid=club-book-remove-confirm]"));
        Assert.Equal([Club], ClubAccess.Asked);
    }

    [Fact]
    public async Task Add_AfterTheOwnerLeftTheClub_IsRefused_TheListIsUnchanged_AndThePageSaysTheyAreNotAMember()
    {
        SignInAsOwner();
        var cut = RenderClub();
        await SearchAsync(cut, "pride");

        // Removed from the club in Logto between loading the page and clicking: the next token request is refused.
        ClubAccess.Answer(Club, ClubAccessState.NotAMember);
        await AddAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Equal("not-a-member", cut.Find("[data-testid=club-refusal]").GetAttribute("data-reason")), Patience);
        Assert.Empty(await ListedAsync());
        Assert.Empty(cut.FindAll("[data-testid=club-reading-list]"));
    }

    [Fact]
    public async Task Remove_AfterTheOwnerWasMadeAMember_IsRefused_WithAMessage_AndTheBookStays()
    {
        await Books.ClubReadingList.AddAsync(Club, Austen, new ClubBookAdder(OwnerSub, OwnerName));
        SignInAsOwner();
        var cut = RenderClub();

        ClubAccess.Answer(FakeClubAccess.Member(Club));
        await RemoveAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Equal("Your role in this club no longer lets you change this club's reading list, so nothing was changed.",
            Text(cut, "club-list-message")), Patience);
        Assert.Single(await ListedAsync());
        Assert.Equal([Austen], Isbns(cut));
        Assert.Empty(cut.FindAll("[data-testid=club-book-remove]"));
        Assert.Empty(cut.FindAll("[data-testid=club-book-search]"));
    }

    [Fact]
    public async Task Add_WhenLogtoCannotConfirmAccess_IsRefused_AndTheOwnerMayTryAgain()
    {
        SignInAsOwner();
        var cut = RenderClub();
        await SearchAsync(cut, "pride");

        ClubAccess.Answer(Club, ClubAccessState.Unavailable);
        await AddAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Contains("could not confirm your access", Text(cut, "club-list-message")), Patience);
        Assert.Empty(await ListedAsync());
        Assert.NotEmpty(cut.FindAll("[data-testid=club-book-search]"));

        ClubAccess.Answer(FakeClubAccess.Owner(Club));
        await AddAsync(cut, Austen);

        cut.WaitForAssertion(() => Assert.Equal([Austen], Isbns(cut)), Patience);
        Assert.Single(await ListedAsync());
    }
}
