using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

/// <summary>Another tab or window changed the entry after the panel loaded it: nothing is overwritten unseen.</summary>
public sealed class ShelfPanelConflictTests : ShelfTestContext
{
    [Fact]
    public async Task ChangedInAnotherTab_TheClickIsRefused_ShowsWhatIsSaved_AndReapplyingChangesOnlyTheState()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.WantToRead);
        var cut = RenderPanel();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 2, "written in the other tab");

        await ClickAsync(cut, "shelf-state-reading");

        cut.WaitForAssertion(() => Assert.Contains(
            "This book was changed in another tab or window. Here is what is saved now; your change (put it under Reading) was not applied — apply it again?",
            Normalized(Text(cut, "shelf-conflict-message"))));
        Assert.Equal("Read", Text(cut, "shelf-conflict-state"));
        Assert.Equal("written in the other tab", Text(cut, "shelf-conflict-note"));
        Assert.Equal("read", State(cut));
        Assert.Equal(ShelfState.Read, (await StoredAsync(Austen))!.State);

        await ClickAsync(cut, "shelf-reapply");

        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((ShelfState.Reading, 2, "written in the other tab"), (stored.State, stored.Rating, stored.Note));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-conflict]")));
        Assert.Equal("reading", State(cut));
    }

    [Fact]
    public async Task NoteSavedOverAnotherTabsNote_IsRefused_KeepsTheUnsavedText_AndReapplyingSavesIt()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, note: "first");
        var cut = RenderPanel();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, note: "from the phone");

        cut.Find("textarea[data-testid=shelf-note]").Input("from the laptop");
        await ClickAsync(cut, "shelf-note-save");

        cut.WaitForAssertion(() => Assert.Equal("from the phone", Text(cut, "shelf-conflict-note")));
        Assert.Equal("from the laptop", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));
        Assert.Equal("from the phone", (await StoredAsync(Austen))!.Note);

        await ClickAsync(cut, "shelf-reapply");

        Assert.Equal("from the laptop", (await StoredAsync(Austen))!.Note);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-conflict]")));
    }

    [Fact]
    public async Task KeepingWhatIsSaved_ClosesTheConflict_AndChangesNothing()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.WantToRead);
        var cut = RenderPanel();
        var other = await PutAsync(KakaoSub, Austen, ShelfState.Read, 4);

        await ClickAsync(cut, "shelf-state-reading");
        await ClickAsync(cut, "shelf-keep-saved");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-conflict]")));
        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((ShelfState.Read, 4, other.Version), (stored.State, stored.Rating, stored.Version));
        Assert.Equal("read", State(cut));
    }

    [Fact]
    public async Task RemovedInAnotherTab_AStateClickIsRefused_AndReapplyingPutsItBack()
    {
        SignInAsKakaoUser();
        var seen = await PutAsync(KakaoSub, Austen, ShelfState.Reading);
        var cut = RenderPanel();
        await Shelf.RemoveAsync(KakaoSub, Austen, seen.Version);

        await ClickAsync(cut, "shelf-state-read");

        cut.WaitForAssertion(() => Assert.Equal("Not on your shelf", Text(cut, "shelf-conflict-state")));
        Assert.Null(await StoredAsync(Austen));
        await ClickAsync(cut, "shelf-reapply");
        Assert.Equal(ShelfState.Read, (await StoredAsync(Austen))!.State);
    }
}
