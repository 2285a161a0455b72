using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

/// <summary>"Show to my book clubs" on a book's shelf panel: off until the reader turns it on, saved like the rest.</summary>
public sealed class ShelfClubSwitchTests : ShelfTestContext
{
    private const string Switch = "input[data-testid=shelf-clubs-switch]";

    private static string Checked(IRenderedComponent<ShelfPanel> cut) => cut.Find(Switch).GetAttribute("aria-checked")!;

    [Fact]
    public async Task ANewEntry_IsOff_AndTheSwitchIsLabelledForScreenReaders()
    {
        SignInAsKakaoUser();
        var cut = RenderPanel();
        await ClickAsync(cut, "shelf-state-reading");

        cut.WaitForAssertion(() => Assert.Equal("false", Checked(cut)));
        var input = cut.Find(Switch);
        Assert.Equal(("switch", "checkbox"), (input.GetAttribute("role"), input.GetAttribute("type")));
        Assert.Equal("Show to my book clubs", input.Closest("label")!.TextContent.Trim());
        Assert.Contains("Your note stays private.", cut.Find($"#{input.GetAttribute("aria-describedby")}").TextContent);
        Assert.False((await StoredAsync(Austen))!.VisibleToClubs);
    }

    [Fact]
    public void OffTheShelf_ThereIsNoSwitch()
    {
        SignInAsKakaoUser();
        var cut = RenderPanel();

        Assert.Empty(cut.FindAll(Switch));
    }

    [Fact]
    public async Task TurningItOn_SavesOnlyTheFlag_AndOtherChangesKeepIt()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, 4, "mine alone");
        var cut = RenderPanel();

        await SwitchClubsAsync(cut, true);

        cut.WaitForAssertion(() => Assert.Equal("true", Checked(cut)));
        Assert.Equal("Saved", Text(cut, "shelf-status"));
        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((true, ShelfState.Reading, 4, "mine alone"), (stored.VisibleToClubs, stored.State, stored.Rating, stored.Note));

        await ClickAsync(cut, "shelf-state-read");
        cut.WaitForAssertion(() => Assert.Equal("read", State(cut)));
        Assert.True((await StoredAsync(Austen))!.VisibleToClubs);
        Assert.Equal("true", Checked(cut));
    }

    [Fact]
    public async Task TurningItOff_SavesFalse()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, visibleToClubs: true);
        var cut = RenderPanel();
        Assert.Equal("true", Checked(cut));

        await SwitchClubsAsync(cut, false);

        cut.WaitForAssertion(() => Assert.Equal("false", Checked(cut)));
        Assert.False((await StoredAsync(Austen))!.VisibleToClubs);
    }

    [Fact]
    public async Task ChangedInAnotherTab_TheSwitchIsRefused_ShowsWhatIsSaved_AndReapplyingKeepsTheOtherTabsChange()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.WantToRead);
        var cut = RenderPanel();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 5);

        await SwitchClubsAsync(cut, true);

        cut.WaitForAssertion(() => Assert.Contains("your change (show it to your book clubs) was not applied",
            Normalized(Text(cut, "shelf-conflict-message"))));
        Assert.Equal(("false", "read"), (Checked(cut), State(cut)));
        Assert.False((await StoredAsync(Austen))!.VisibleToClubs);

        await ClickAsync(cut, "shelf-reapply");

        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((true, ShelfState.Read, 5), (stored.VisibleToClubs, stored.State, stored.Rating));
        cut.WaitForAssertion(() => Assert.Equal("true", Checked(cut)));
    }
}
