using BookstoreBlazor.Components.Account;
using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Components.Pages.Shelf;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The shelf page, the book page's shelf panel and the session-ended notice, as an en, ko or ja reader sees them.</summary>
public sealed class LocalizedShelfTests : ShelfTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("en", "My shelf", "All|Want to read|Reading|Read", "Reading", "4 of 5 stars", "Visible to your book clubs")]
    [InlineData("ko", "내 책장", "전체|읽고 싶은 책|읽는 중|다 읽은 책", "읽는 중", "별점 5점 만점에 4점", "독서 모임에 공개 중")]
    [InlineData("ja", "マイ本棚", "すべて|読みたい本|読んでいる本|読んだ本", "読んでいる本", "星5つ中4つ", "読書会に公開中")]
    public async Task ShelfPage_WithBooks_HeadingFiltersStatesStarsAndClubsInTheLanguage(
        string culture, string heading, string filters, string reading, string stars, string clubs)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Soseki, ShelfState.Reading, 4, visibleToClubs: true);
        await PutAsync(KakaoSub, Austen, ShelfState.Read);

        var cut = RenderPage("/shelf");

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        Assert.Equal(filters.Split('|'), cut.FindAll("[data-testid^=shelf-filter-] > span:first-child").Select(s => s.TextContent));
        var item = cut.Find($"[data-isbn='{Soseki}']");
        Assert.Equal(reading, item.QuerySelector("[data-testid=shelf-item-state]")!.TextContent);
        Assert.Equal(stars, item.QuerySelector("[data-testid=shelf-stars]")!.GetAttribute("aria-label"));
        Assert.Equal(clubs, item.QuerySelector("[data-testid=shelf-item-clubs]")!.TextContent.Trim());
        // The book's own title and author are data: never translated.
        Assert.Equal("こころ", item.QuerySelector("[data-testid=shelf-item-title]")!.TextContent);
    }

    [Theory]
    [InlineData("en", "Changed ", "")]
    [InlineData("ko", "", " 변경")]
    [InlineData("ja", "更新：", "")]
    public async Task ShelfPage_WhenABookChanged_PutsTheTimeWhereTheLanguageDoes(string culture, string before, string after)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read);

        var cut = RenderPage("/shelf");

        var changed = cut.Find(".shelf-item-changed");
        var time = changed.QuerySelector("time[data-testid=shelf-item-changed]")!;
        Assert.Equal(before + time.TextContent + after, changed.TextContent);
    }

    [Theory]
    [InlineData("en", "Your shelf is empty", "choose Want to read, Reading or Read on its page", "Browse the catalogue")]
    [InlineData("ko", "책장이 비어 있어요", "‘읽고 싶은 책’, ‘읽는 중’, ‘다 읽은 책’ 중 하나를 골라 보세요", "카탈로그 둘러보기")]
    [InlineData("ja", "本棚はまだ空です", "「読みたい本」「読んでいる本」「読んだ本」のどれかを選んでください", "カタログを見る")]
    public void ShelfPage_Empty_InvitesToTheCatalogueInTheLanguage(string culture, string title, string text, string browse)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();

        var cut = RenderPage("/shelf");

        var empty = cut.Find("[data-testid=shelf-empty]");
        Assert.Equal(title, empty.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains(text, empty.TextContent);
        Assert.Equal(browse, cut.Find("[data-testid=shelf-browse]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Nothing under Want to read yet.", "See your whole shelf")]
    [InlineData("ko", "‘읽고 싶은 책’에 있는 책이 아직 없어요.", "책장 전체 보기")]
    [InlineData("ja", "「読みたい本」の本はまだありません。", "本棚全体を見る")]
    public async Task ShelfPage_AFilterWithNoBooks_SaysSoInTheLanguage(string culture, string nothing, string whole)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Read);

        var cut = RenderPage("/shelf?state=want-to-read");

        var empty = cut.Find("[data-testid=shelf-filter-empty]");
        Assert.StartsWith(nothing, empty.TextContent.Trim());
        Assert.Equal(whole, empty.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("/shelf", empty.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "Private note", "Only you can see this note.", "Save note", "Reading", "Remove from shelf")]
    [InlineData("ko", "나만 보는 메모", "이 메모는 나만 볼 수 있어요.", "메모 저장", "읽는 중", "책장에서 빼기")]
    [InlineData("ja", "非公開メモ", "このメモはあなただけが見られます。", "メモを保存", "読んでいる本", "本棚から外す")]
    public async Task ShelfPanel_NoteEditorAndControls_SpeakTheLanguage(
        string culture, string noteLabel, string helper, string save, string reading, string remove)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading);

        var cut = RenderPanel();

        Assert.Equal(noteLabel, cut.Find(".shelf-note label").TextContent.Trim());
        Assert.Contains(helper, cut.Find(".shelf-note").TextContent);
        Assert.Equal(save, Text(cut, "shelf-note-save"));
        Assert.Equal(reading, Text(cut, "shelf-state-reading"));
        Assert.Equal(remove, Text(cut, "shelf-remove"));
    }

    [Theory]
    [InlineData("ko", "메모는 1000자까지 쓸 수 있어요(지금 1001자). 저장하지 않았어요.")]
    [InlineData("ja", "メモは1000文字までです（現在1001文字）。保存されていません。")]
    public async Task ShelfPanel_ANoteTooLongToSave_IsRefusedInTheLanguage_AndTheTextStays(string culture, string refusal)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.Reading);
        var cut = RenderPanel();
        var tooLong = new string('가', ShelfLimits.Note + 1);
        cut.Find("textarea[data-testid=shelf-note]").Input(tooLong);

        await ClickAsync(cut, "shelf-note-save");

        cut.WaitForAssertion(() => Assert.Contains(refusal, cut.Find(".shelf-note").TextContent), Patience);
        Assert.Equal(tooLong, cut.Find("textarea[data-testid=shelf-note]").GetAttribute("value"));
        Assert.Null((await StoredAsync(Austen))!.Note);
    }

    [Theory]
    [InlineData("ko", "다른 탭이나 창에서 이 책이 바뀌었어요. 지금 저장된 내용은 아래와 같고, 내 변경(‘읽는 중’에 두기)은 적용되지 않았어요. 다시 적용할까요?", "다 읽은 책")]
    [InlineData("ja", "この本は別のタブまたはウィンドウで変更されました。現在保存されている内容は下のとおりで、あなたの変更（「読んでいる本」にする）は適用されていません。もう一度適用しますか？", "読んだ本")]
    public async Task ShelfPanel_AConflict_IsExplainedInTheLanguage_TheOtherTabsNoteAsText(string culture, string message, string savedState)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        await PutAsync(KakaoSub, Austen, ShelfState.WantToRead);
        var cut = RenderPanel();
        await PutAsync(KakaoSub, Austen, ShelfState.Read, note: "<b>other tab</b>");

        await ClickAsync(cut, "shelf-state-reading");

        cut.WaitForAssertion(() => Assert.Equal(message, Normalized(Text(cut, "shelf-conflict-message"))), Patience);
        Assert.Equal(savedState, Text(cut, "shelf-conflict-state"));
        Assert.Equal("<b>other tab</b>", Text(cut, "shelf-conflict-note"));
        Assert.Empty(cut.FindAll(".shelf-conflict-note b"));
    }

    [Theory]
    [InlineData("en", "Sign in to keep this book on your shelf", "Sign in")]
    [InlineData("ko", "로그인하고 이 책을 책장에 담아 보세요", "로그인")]
    [InlineData("ja", "ログインして、この本を本棚に追加しましょう", "ログイン")]
    public void ShelfPanel_SignedOut_InvitesToSignInInTheLanguage(string culture, string title, string button)
    {
        using var _ = new CultureScope(culture);
        Auth.SetNotAuthorized();

        var cut = Render<ShelfPanel>(p => p.Add(x => x.Isbn, Pride.Isbn));

        Assert.Equal(title, cut.Find("[data-testid=shelf-sign-in] h2").TextContent.Trim());
        Assert.Equal(button, cut.Find("[data-testid=shelf-sign-in-button]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Cover of こころ", "No longer in the catalogue")]
    [InlineData("ko", "こころ 표지", "카탈로그에서 내려간 책")]
    [InlineData("ja", "こころの表紙", "カタログから外れた本")]
    public void BookCoverAndListRow_NameTheBookAndItsRemovalInTheLanguage(string culture, string alt, string removed)
    {
        using var _ = new CultureScope(culture);
        var gone = new BookstoreBlazor.Catalog.Book
        {
            Isbn = Kokoro.Isbn, Title = Kokoro.Title, Authors = Kokoro.Authors, Language = "ja", Genre = Kokoro.Genre, Description = "",
            RemovedAt = DateTime.UtcNow,
        };

        var cover = Render<BookstoreBlazor.Components.Books.BookCover>(p => p.Add(x => x.Book, Kokoro));
        var row = Render<BookstoreBlazor.Components.Books.BookListRow>(p => p.Add(x => x.Book, gone).Add(x => x.TestId, "row"));

        Assert.Equal(alt, cover.Find("img").GetAttribute("alt"));
        Assert.Equal(removed, row.Find("[data-testid=row-removed]").TextContent);
    }

    [Theory]
    [InlineData("ko", "세션이 끝났어요(다른 곳에서 로그아웃했거나 만료됐어요). 계속하려면 다시 로그인해 주세요.")]
    [InlineData("ja", "セッションが終了しました（別の場所でログアウトされたか、有効期限が切れました）。続けるには、もう一度ログインしてください。")]
    public void SessionEndedNotice_SaysWhyInTheLanguage(string culture, string expected)
    {
        using var _ = new CultureScope(culture);
        SignInAsKakaoUser();
        var snackbars = Render<MudSnackbarProvider>();
        Render<SessionEndedNotice>();

        Auth.SetNotAuthorized();

        snackbars.WaitForAssertion(() => Assert.Contains(expected, snackbars.Markup), Patience);
        Assert.Equal(expected, SessionEndedNotice.Message);
        Assert.DoesNotContain("Your session has ended", snackbars.Markup);
    }
}
