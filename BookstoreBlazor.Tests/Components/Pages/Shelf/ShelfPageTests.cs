using BookstoreBlazor.Components;
using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

public sealed class ShelfPageTests : ShelfTestContext
{
    private const string Twain = "9780000000033";

    [Fact]
    public async Task Shelf_CountsEachState_AndListsEveryBook_MostRecentlyChangedFirst()
    {
        SignInAsKakaoUser();
        await Books.AddAsync(Twain, "The Adventures of Tom Sawyer", ["Mark Twain"]);
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 5, "Loved it.");
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading);
        await PutAsync(KakaoSub, Twain, ShelfState.Read);

        var cut = RenderPage("/shelf");

        Assert.Equal(("3", "0", "1", "2"), (Count(cut, "all"), Count(cut, "want-to-read"), Count(cut, "reading"), Count(cut, "read")));
        Assert.Equal("page", cut.Find("[data-testid=shelf-filter-all]").GetAttribute("aria-current"));
        Assert.Equal([Twain, Soseki, Austen], Isbns(cut));
    }

    [Fact]
    public async Task Shelf_ShowsEachEntry_WithCoverTitleAuthorStateStarsNoteAndWhen()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading, 4, "先生と私。\nThe second part <i>moves</i> me.");

        var cut = RenderPage("/shelf");

        var item = cut.Find($"[data-isbn='{Soseki}']");
        var title = item.QuerySelector("[data-testid=shelf-item-title]")!;
        Assert.Equal(("a", "/books/9780000000026", "ja", "こころ"), (title.LocalName, title.GetAttribute("href"), title.GetAttribute("lang"), title.TextContent));
        Assert.Equal("夏目漱石", item.QuerySelector("[data-testid=shelf-item-author]")!.TextContent);
        Assert.Equal("ja", item.QuerySelector("[data-testid=shelf-item-author]")!.GetAttribute("lang"));
        Assert.StartsWith("/covers/9780000000026.svg?v=", item.QuerySelector("img[data-testid=book-cover]")!.GetAttribute("src"));
        Assert.Equal("Reading", item.QuerySelector("[data-testid=shelf-item-state]")!.TextContent);
        Assert.Equal("4 of 5 stars", item.QuerySelector("[data-testid=shelf-stars]")!.GetAttribute("aria-label"));
        Assert.Equal("先生と私。 The second part <i>moves</i> me.", item.QuerySelector("[data-testid=shelf-item-note] bdi")!.TextContent);
        Assert.Empty(cut.FindAll("i"));
        Assert.Equal("just now", item.QuerySelector("[data-testid=shelf-item-changed]")!.TextContent);
    }

    [Theory]
    [InlineData("/shelf?state=reading", "reading", new[] { Soseki })]
    [InlineData("/shelf?state=READ", "read", new[] { Austen })]
    [InlineData("/shelf?state=want-to-read", "want-to-read", new string[0])]
    [InlineData("/shelf?state=<script>", "all", new[] { Soseki, Austen })]
    public async Task Shelf_FilterComesFromTheUrl(string url, string selected, string[] isbns)
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read);
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading);

        var cut = RenderPage(url);

        Assert.Equal("page", cut.Find($"[data-testid=shelf-filter-{selected}]").GetAttribute("aria-current"));
        Assert.Single(cut.FindAll("[aria-current=page]"));
        Assert.Equal(isbns, Isbns(cut));
        Assert.Equal("/shelf?state=reading", cut.Find("[data-testid=shelf-filter-reading]").GetAttribute("href"));
        Assert.Equal(("2", "1"), (Count(cut, "all"), Count(cut, "reading")));
        if (isbns.Length == 0)
            Assert.Contains("Nothing under Want to read yet.", cut.Find("[data-testid=shelf-filter-empty]").TextContent);
    }

    [Fact]
    public async Task Shelf_FollowingAFilterLink_ShowsThatState()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read);
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading);
        var cut = RenderPage("/shelf");

        GoTo("/shelf?state=read");

        cut.WaitForAssertion(() => Assert.Equal([Austen], Isbns(cut)), TimeSpan.FromSeconds(10));
        Assert.Equal("page", cut.Find("[data-testid=shelf-filter-read]").GetAttribute("aria-current"));
    }

    [Fact]
    public void Shelf_WhenEmpty_InvitesToTheCatalogue()
    {
        SignInAsKakaoUser();

        var cut = RenderPage("/shelf");

        Assert.Contains("Your shelf is empty", cut.Find("[data-testid=shelf-empty]").TextContent);
        Assert.Equal("/books", cut.Find("[data-testid=shelf-browse]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=shelf-filter]"));
    }

    [Fact]
    public async Task Shelf_ABookRemovedFromTheCatalogue_IsStillListed_MarkedAndWithoutALink()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 5, "still mine");
        var book = (await Books.Catalog.FindAsync(Austen))!;
        await Books.Editor.RemoveAsync(Austen, book.Version, BookDatabase.Admin);

        var cut = RenderPage("/shelf");

        var item = cut.Find($"[data-isbn='{Austen}']");
        Assert.Equal("No longer in the catalogue", item.QuerySelector("[data-testid=shelf-item-removed]")!.TextContent);
        Assert.Equal("span", item.QuerySelector("[data-testid=shelf-item-title]")!.LocalName);
        Assert.Empty(item.QuerySelectorAll("a"));
        Assert.Equal("still mine", item.QuerySelector("[data-testid=shelf-item-note]")!.TextContent);
    }

    [Fact]
    public async Task Shelf_NeverShowsAnotherReadersBooksOrNotes()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, note: "mine");
        await PutAsync(OtherReader, Soseki, ShelfState.Read, 1, "their secret");
        await PutAsync(OtherReader, Austen, ShelfState.Read, 2, "their other secret");

        var cut = RenderPage("/shelf");

        Assert.Equal([Austen], Isbns(cut));
        Assert.DoesNotContain("secret", cut.Markup);
        Assert.DoesNotContain("こころ", cut.Markup);
        Assert.Equal(("1", "1", "0"), (Count(cut, "all"), Count(cut, "reading"), Count(cut, "read")));
    }

    [Fact]
    public void Routes_ShelfWhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        Auth.SetNotAuthorized();
        GoTo("/shelf");

        Render<Routes>();

        var navigation = Navigation.History.First();
        Assert.Equal("/sign-in?returnUrl=%2Fshelf", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public async Task Shelf_MarksTheBooksShownToBookClubs_AndOnlyThose()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 5, visibleToClubs: true);
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading);

        var cut = RenderPage("/shelf");

        Assert.Equal("Visible to your book clubs", cut.Find($"[data-isbn='{Austen}'] [data-testid=shelf-item-clubs]").TextContent.Trim());
        Assert.Empty(cut.FindAll($"[data-isbn='{Soseki}'] [data-testid=shelf-item-clubs]"));
    }

    private static string Count(IRenderedComponent<ShelfPage> cut, string slug) => cut.Find($"[data-testid=shelf-count-{slug}]").TextContent;

    private static string[] Isbns(IRenderedComponent<ShelfPage> cut) =>
        cut.FindAll("[data-testid=shelf-item]").Select(i => i.GetAttribute("data-isbn")!).ToArray();
}
