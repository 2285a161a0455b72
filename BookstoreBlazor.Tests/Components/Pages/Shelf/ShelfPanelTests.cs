using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

public sealed class ShelfPanelTests : ShelfTestContext
{
    [Fact]
    public void SignedOut_OffersKakaoAndSignIn_BothComingBackToThisBook()
    {
        Auth.SetNotAuthorized();

        var cut = RenderPanel();

        Assert.Contains("Sign in to keep this book on your shelf", cut.Find("[data-testid=shelf-sign-in]").TextContent);
        Assert.Equal("/sign-in/kakao?returnUrl=%2Fbooks%2F9780000000019", cut.Find("[data-testid=kakao-sign-in]").GetAttribute("href"));
        Assert.Equal("/sign-in?returnUrl=%2Fbooks%2F9780000000019", cut.Find("[data-testid=shelf-sign-in-button]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=shelf-controls]"));
    }

    [Fact]
    public void SignedIn_OffTheShelf_OffersTheThreeStates_NoneChosen_AndNoRatingOrNoteYet()
    {
        SignInAsKakaoUser();

        var cut = RenderPanel();

        Assert.Equal("off", State(cut));
        Assert.Equal(["Want to read", "Reading", "Read"], cut.FindAll("[data-testid=shelf-states] button").Select(b => b.TextContent.Trim()));
        Assert.All(cut.FindAll("[data-testid=shelf-states] button"), b => Assert.Equal("false", b.GetAttribute("aria-checked")));
        Assert.Empty(cut.FindAll("[data-testid=shelf-rating]"));
        Assert.Empty(cut.FindAll("[data-testid=shelf-note]"));
        Assert.Empty(cut.FindAll("[data-testid=shelf-remove]"));
    }

    [Theory]
    [InlineData(ShelfState.WantToRead, "want-to-read")]
    [InlineData(ShelfState.Reading, "reading")]
    [InlineData(ShelfState.Read, "read")]
    public async Task SignedIn_OnTheShelf_ShowsTheState_TheStarsAndTheNote(ShelfState state, string slug)
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, state, 3, "Mr Darcy <b>again</b>");

        var cut = RenderPanel();

        Assert.Equal(slug, State(cut));
        Assert.Equal("true", cut.Find($"[data-testid=shelf-state-{slug}]").GetAttribute("aria-checked"));
        Assert.Single(cut.FindAll("[data-testid=shelf-states] button[aria-checked=true]"));
        Assert.NotNull(cut.Find("[data-testid=shelf-rating] input[value='3'][checked]"));
        Assert.Equal("Mr Darcy <b>again</b>", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("b"));
    }

    [Fact]
    public async Task ClickingAState_SavesItAtOnce_AndSaysSaved()
    {
        SignInAsKakaoUser();
        var cut = RenderPanel();

        await ClickAsync(cut, "shelf-state-reading");

        Assert.Equal(ShelfState.Reading, (await StoredAsync(Austen))!.State);
        cut.WaitForAssertion(() => Assert.Equal("Saved", Text(cut, "shelf-status")));
        Assert.Equal("reading", State(cut));

        await ClickAsync(cut, "shelf-state-read");

        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((ShelfState.Read, 2), (stored.State, stored.Version));
        Assert.Null(await StoredAsync(Austen, OtherReader));
    }

    [Fact]
    public async Task Rating_SavesTheStars_AndClearing_TakesThemAway()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, note: "kept");
        var cut = RenderPanel();

        await cut.FindAll("[data-testid=shelf-rating] .mud-rating-item")[3].ClickAsync(new());

        Assert.Equal((4, "kept"), ((await StoredAsync(Austen))!.Rating, (await StoredAsync(Austen))!.Note));
        await ClickAsync(cut, "shelf-rating-clear");
        Assert.Null((await StoredAsync(Austen))!.Rating);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-rating-clear]")));
    }

    [Fact]
    public async Task Note_TypedAndSaved_IsStored()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, 5);
        var cut = RenderPanel();

        cut.Find("textarea[data-testid=shelf-note]").Input("  Chapter 3: the ball.  ");
        Assert.Equal("Not saved yet", Text(cut, "shelf-note-unsaved"));
        await ClickAsync(cut, "shelf-note-save");

        var stored = (await StoredAsync(Austen))!;
        Assert.Equal((ShelfState.Reading, 5, "Chapter 3: the ball."), (stored.State, stored.Rating, stored.Note));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=shelf-note-unsaved]")));
    }

    [Fact]
    public async Task Note_TooLong_SaysSo_SavesNothing_AndKeepsTheText()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, note: "the saved note");
        var cut = RenderPanel();
        var tooLong = new string('가', ShelfLimits.Note + 1);

        cut.Find("textarea[data-testid=shelf-note]").Input(tooLong);
        Assert.Contains("1 characters over the 1000-character limit", cut.Find(".shelf-note").TextContent);
        await ClickAsync(cut, "shelf-note-save");

        cut.WaitForAssertion(() => Assert.Contains("Keep the note to 1000 characters (now 1001); nothing was saved.", cut.Find(".shelf-note").TextContent));
        Assert.Equal("the saved note", (await StoredAsync(Austen))!.Note);
        Assert.Equal(tooLong, cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));
        Assert.Equal("true", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("aria-invalid"));

        await ClickAsync(cut, "shelf-note-revert");

        Assert.Equal("the saved note", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));
        Assert.DoesNotContain("nothing was saved", cut.Find(".shelf-note").TextContent);
        Assert.Equal("false", cut.Find("textarea[data-testid=shelf-note]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Remove_AsksFirst_CancelKeepsTheBook_ConfirmTakesItOff()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, 5, "loved it");
        var cut = RenderPanel();

        await ClickAsync(cut, "shelf-remove");
        Assert.Contains("Its rating and note go with it.", Text(cut, "shelf-remove-confirm"));
        await ClickAsync(cut, "shelf-remove-cancel");
        Assert.NotNull(await StoredAsync(Austen));

        await ClickAsync(cut, "shelf-remove");
        await ClickAsync(cut, "shelf-remove-yes");

        Assert.Null(await StoredAsync(Austen));
        cut.WaitForAssertion(() => Assert.Equal("off", State(cut)));
        Assert.Equal("Removed from your shelf", Text(cut, "shelf-status"));
    }

    [Fact]
    public async Task AnotherReadersEntry_IsNeverShown_OrChanged()
    {
        SignInAsKakaoUser();
        await PutAsync(OtherReader, Austen, ShelfState.Read, 1, "someone else's secret");

        var cut = RenderPanel();
        await ClickAsync(cut, "shelf-state-want-to-read");

        Assert.DoesNotContain("someone else's secret", cut.Markup);
        var theirs = (await StoredAsync(Austen, OtherReader))!;
        Assert.Equal((ShelfState.Read, 1, 1), (theirs.State, theirs.Rating, theirs.Version));
        Assert.Equal(ShelfState.WantToRead, (await StoredAsync(Austen))!.State);
    }

    [Fact]
    public async Task Prerendered_TheControlsAreDisabled_UntilTheCircuitTakesOver()
    {
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading, 3, "note");
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderPanel();

        Assert.Equal("reading", State(cut));
        Assert.All(cut.FindAll("[data-testid=shelf-states] button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.True(cut.Find("textarea[data-testid=shelf-note]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=shelf-remove]").HasAttribute("disabled"));
    }
}
