using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Components.Pages.Admin;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Components.Pages.Admin;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The catalogue admin pages in each language; the JSON API's messages stay English whatever the language.</summary>
public sealed class LocalizedAdminTests : BookFormTests
{
    private static readonly BookEditor OtherAdmin = new("other-sub", "Other Admin");

    [Theory]
    [InlineData("en", "Catalogue admin", "ISBN|Title|Authors|Language|Genre|Price|Last changed|Actions", "1 book", "English", "Novels", "catalogue seed", "3 days ago")]
    [InlineData("ko", "도서 목록 관리", "ISBN|제목|저자|언어|장르|가격|마지막 변경|작업", "책 1권", "영어", "소설", "기본 도서 목록", "3일 전")]
    [InlineData("ja", "カタログ管理", "ISBN|タイトル|著者|言語|ジャンル|価格|最終更新|操作", "1 冊", "英語", "小説", "初期カタログ", "3日前")]
    public async Task AdminBooks_HeadingsCountsAndNames_InTheLanguage(
        string culture, string heading, string columns, string total, string language, string genre, string seed, string changed)
    {
        using var _ = new CultureScope(culture);
        await AddSeededBookAsync(DateTime.UtcNow.AddDays(-3));
        SignInAsAdmin();

        var cut = Render<AdminBooks>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("td[data-testid=book-title]")), Patience);
        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        Assert.Equal(columns.Split('|'), cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(total, cut.Find("[data-testid=admin-total]").TextContent);
        var cells = cut.Find("tr.mud-table-row:has(td[data-testid=book-title])").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([language, genre, "₩12,000"], cells[3..6]);
        Assert.Equal("Persuasion", cut.Find("td[data-testid=book-title] .title").TextContent);
        Assert.Equal(seed, cut.Find("[data-testid=changed-by]").TextContent);
        Assert.Equal(changed, cut.Find("[data-testid=changed-at]").TextContent);
    }

    /// <summary>A book as it came from <c>books.json</c>: no admin has changed it.</summary>
    private async Task AddSeededBookAsync(DateTime at)
    {
        await using var db = await Books.Databases.CreateDbContextAsync();
        var seeded = new Book
        {
            Isbn = "9780000000019", Title = "Persuasion", Authors = ["Jane Austen"], Year = 1817, Language = "en", Genre = "novel",
            Description = "A second chance.", Price = 12000, AddedAt = at, UpdatedAt = at,
        };
        seeded.UpdateDerivedFields();
        db.Books.Add(seeded);
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("en", "Add a book", "Title", "In the original script", "Alternate title (optional)", "Add book")]
    [InlineData("ko", "책 추가", "제목", "원어 표기로", "다른 제목 (선택)", "책 추가")]
    [InlineData("ja", "本を追加", "タイトル", "原語の表記で", "別タイトル（任意）", "本を追加")]
    public void EditForm_LabelsAndHelperTexts_InTheLanguage(string culture, string heading, string title, string titleHelp, string alternate, string save)
    {
        using var _ = new CultureScope(culture);

        var cut = OpenNew();

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        Assert.Equal(title, cut.Find(".field-title label").TextContent.Trim());
        Assert.Contains(titleHelp, cut.Find(".field-title .mud-input-helper-text").TextContent);
        Assert.Equal(alternate, cut.Find(".field-alternate-title label").TextContent.Trim());
        Assert.Equal(save, cut.Find("button[data-testid=save-book]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "This is not a valid ISBN-13: it needs 13 digits and the right check digit.", "The year must be between")]
    [InlineData("ko", "올바른 ISBN-13이 아니에요. 13자리 숫자와 맞는 체크 숫자가 필요해요.", "연도는 ")]
    [InlineData("ja", "有効な ISBN-13 ではありません。13 桁の数字と正しいチェックディジットが必要です。", "出版年は ")]
    public void EditForm_ValidationMessages_InTheLanguage(string culture, string invalidIsbn, string yearRange)
    {
        using var _ = new CultureScope(culture);
        var cut = OpenNew();

        Type(cut, "isbn", "978-0-00-000001-0");
        Type(cut, "year", "99999");

        cut.WaitForAssertion(() => Assert.Equal(invalidIsbn, ErrorOf(cut, "isbn")), Patience);
        Assert.StartsWith(yearRange, ErrorOf(cut, "year"));
    }

    [Theory]
    [InlineData("ko", "이 ISBN의 책이 이미 도서 목록에 있어요.")]
    [InlineData("ja", "この ISBN の本はすでにカタログにあります。")]
    public async Task EditForm_RefusedAsADuplicate_SaysSoInTheLanguage(string culture, string duplicate)
    {
        using var _ = new CultureScope(culture);
        await AddPersuasionAsync();
        var cut = OpenNew();
        await FillValidAsync(cut, "978-0-00-000001-9");

        await SaveAsync(cut);

        cut.WaitForAssertion(() => Assert.Equal(duplicate, ErrorOf(cut, "isbn")), Patience);
    }

    [Theory]
    [InlineData("ko", "편집하는 동안 Other Admin 님이 방금 이 책을 저장했어요.", "항목|상대가 저장한 값|내 양식", "제목", "가격")]
    [InlineData("ja", "編集中に Other Admin さんがたった今この本を保存しました。", "項目|相手が保存した値|あなたのフォーム", "タイトル", "価格")]
    public async Task ConflictPanel_InTheLanguage_NamesAndValuesAsTheyWere(string culture, string title, string columns, string titleField, string priceField)
    {
        using var _ = new CultureScope(culture);
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        var theirs = BookDraft.From(book);
        (theirs.Title, theirs.Price) = ("Persuasion, revised", 15000);
        await Books.Editor.UpdateAsync(book.Isbn, theirs, book.Version, OtherAdmin);
        Type(cut, "title", "Persuasion (mine)");

        await SaveAsync(cut);

        cut.WaitForAssertion(() => Assert.Equal(title, cut.Find("[data-testid=conflict-title]").TextContent.Trim()), Patience);
        Assert.Equal(columns.Split('|'), cut.FindAll("[data-testid=conflict-differences] thead th").Select(th => th.TextContent));
        var rows = cut.FindAll("[data-testid=conflict-row]").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal([[titleField, "Persuasion, revised", "Persuasion (mine)"], [priceField, "₩15,000", "₩12,000"]], rows);
    }

    [Theory]
    [InlineData("en", "2 readers have it on their shelves. Their shelves keep it, with their notes and ratings.", "Cancel", "Remove")]
    [InlineData("ko", "독자 2명의 책장에 있어요. 책장에는 메모와 평점과 함께 그대로 남아요.", "취소", "삭제")]
    [InlineData("ja", "2人の読者の本棚にあります。本棚には、メモや評価とともにそのまま残ります。", "キャンセル", "削除")]
    public async Task RemoveDialog_InTheLanguage(string culture, string readers, string cancel, string remove)
    {
        using var _ = new CultureScope(culture);
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        await Books.Shelf.SaveAsync("reader-1", "9780000000019", new ShelfChange(ShelfState.Read, 5, "Loved it"), null);
        await Books.Shelf.SaveAsync("reader-2", "9780000000019", new ShelfChange(ShelfState.WantToRead), null);
        SignInAsAdmin();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<AdminBooks>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=remove-book]")), Patience);

        // The click's handler waits for the dialog's answer; the test answers (Cancel) at the end, then awaits it.
        var removing = page.Find("button[data-testid=remove-book]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=remove-readers]")), Patience);
        Assert.Equal(readers, dialogs.Find("[data-testid=remove-readers]").TextContent);
        Assert.Contains("Persuasion", dialogs.Find(".mud-dialog").TextContent);
        Assert.Equal(cancel, dialogs.Find("button[data-testid=remove-cancel]").TextContent.Trim());
        Assert.Equal(remove, dialogs.Find("button[data-testid=remove-confirm]").TextContent.Trim());
        await dialogs.Find("button[data-testid=remove-cancel]").ClickAsync(new());
        await removing;
    }

    public static TheoryData<BookRule> Rules() => new(Enum.GetValues<BookRule>());

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_TheFormsEnglishIsTheApisEnglish(BookRule rule)
    {
        using var _ = new CultureScope("en");
        object[] arguments = [1000000, 7];

        Assert.Equal(new BookProblem("Field", rule, arguments).InEnglish(), Localizers.For<AdminText>()["Rule." + rule, arguments].Value);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    public void Validator_ForTheApi_StaysEnglishWhateverTheRequestsLanguage(string culture)
    {
        using var _ = new CultureScope(culture);

        var errors = BookDraftValidator.Validate(new BookDraft { Isbn = "123", Price = BookLimits.MaxPrice + 1 });

        Assert.Equal(["This is not a valid ISBN-13: it needs 13 digits and the right check digit."], errors[nameof(BookDraft.Isbn)]);
        Assert.Equal([$"The price cannot be above {BookLimits.MaxPrice.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} won."],
            errors[nameof(BookDraft.Price)]);
    }
}
