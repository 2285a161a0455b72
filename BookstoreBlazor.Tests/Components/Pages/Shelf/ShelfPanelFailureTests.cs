using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

/// <summary>The database failing under the panel: the reader is told, in words, and nothing they typed is lost.</summary>
public sealed class ShelfPanelFailureTests : ShelfTestContext
{
    private const string LoadFailed = "Your shelf could not be read just now. Reload the page to try again.";
    private const string SaveFailed = "Your shelf could not be saved just now, so nothing changed. Try again in a moment.";

    private FailingDatabases? _databases;

    protected override BookstoreBlazor.Shelves.Shelf ShelfService() =>
        new(BookDatabase.CatalogOver(_databases = new FailingDatabases(Books.Databases)), TimeProvider.System);

    [Fact]
    public void DatabaseDownWhileLoading_SaysSo_InsteadOfBreakingThePage()
    {
        SignInAsKakaoUser();
        _databases!.Down = true;

        var cut = Render<ShelfPanel>(p => p.Add(x => x.Isbn, Pride.Isbn));

        cut.WaitForAssertion(() => Assert.Equal(LoadFailed, cut.Find("[data-testid=shelf-problem]").TextContent.Trim()));
    }

    [Fact]
    public async Task DatabaseDownWhileSaving_SaysNothingChanged_KeepsTheNote_AndTheNextTryWorks()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading);
        var cut = Render<ShelfPanel>(p => p.Add(x => x.Isbn, Pride.Isbn));
        cut.WaitForElement("textarea[data-testid=shelf-note]").Input("worth keeping");
        _databases!.Down = true;

        await cut.Find("[data-testid=shelf-note-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(SaveFailed, cut.Find("[data-testid=shelf-problem]").TextContent.Trim()));
        Assert.Equal("worth keeping", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));

        _databases.Down = false;
        await cut.Find("[data-testid=shelf-note-save]").ClickAsync(new());

        Assert.Equal("worth keeping", (await StoredAsync(Austen))!.Note);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-problem]")));
    }

    [Fact]
    public async Task DatabaseDownWhileSwitchingClubVisibility_SaysNothingChanged_AndTheSwitchShowsWhatIsSaved()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading);
        var cut = RenderPanel();
        _databases!.Down = true;

        await SwitchClubsAsync(cut, true);

        cut.WaitForAssertion(() => Assert.Equal(SaveFailed, Text(cut, "shelf-problem")));
        Assert.Equal("false", cut.Find("input[data-testid=shelf-clubs-switch]").GetAttribute("aria-checked"));
        _databases.Down = false;
        Assert.False((await StoredAsync(Austen))!.VisibleToClubs);
    }

    private sealed class FailingDatabases(IDbContextFactory<BookstoreDbContext> inner) : IDbContextFactory<BookstoreDbContext>
    {
        public bool Down { get; set; }

        public BookstoreDbContext CreateDbContext() =>
            Down ? throw new InvalidOperationException("The database is down.") : inner.CreateDbContext();
    }
}
