using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Account;
using BookstoreBlazor.Components.Layout;
using BookstoreBlazor.Components.Pages.Books;
using BookstoreBlazor.Components.Pages.Status;
using BookstoreBlazor.Tests.Catalog;
using BookstoreBlazor.Tests.Components;
using Bunit;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>Key components in each language: what a Korean, Japanese or English reader sees.</summary>
public sealed class LocalizedComponentsTests : CatalogTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("en", "Home|Books|Profile|Sign in")]
    [InlineData("ko", "홈|책 둘러보기|프로필|로그인")]
    [InlineData("ja", "ホーム|本を探す|プロフィール|ログイン")]
    public void NavMenu_SignedOut_SpeaksTheLanguage(string culture, string expected)
    {
        using var _ = new CultureScope(culture);
        Auth.SetNotAuthorized();

        var cut = Render<NavMenu>();

        Assert.Equal(expected.Split('|'), cut.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("en", "Sign in", "Create account", "Continue with Kakao")]
    [InlineData("ko", "로그인", "회원가입", "카카오로 시작하기")]
    [InlineData("ja", "ログイン", "アカウント作成", "カカオでログイン")]
    public void SignInButtons_SpeakTheLanguage_KakaoInItsOwnWords(string culture, string signIn, string signUp, string kakao)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<SignInButtons>();

        Assert.Equal(signIn, cut.Find("[data-testid=sign-in]").TextContent.Trim());
        Assert.Equal(signUp, cut.Find("[data-testid=sign-up]").TextContent.Trim());
        Assert.Equal(kakao, cut.Find("[data-testid=kakao-sign-in] .kakao-label").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "30 books", "Search by title or author")]
    [InlineData("ko", "책 30권", "제목이나 저자로 검색")]
    [InlineData("ja", "30 冊", "タイトルや著者で検索")]
    public async Task BooksPage_CountsAndLabelsInTheLanguage(string culture, string count, string searchLabel)
    {
        using var _ = new CultureScope(culture);
        await SampleBooks.AddAllAsync(Books.Editor);
        GoTo("/books");

        var cut = Render<BooksPage>();
        cut.WaitForElement("[data-testid=result-count]", Patience);

        Assert.Equal(count, cut.Find("[data-testid=result-count]").TextContent);
        Assert.Contains(searchLabel, cut.Markup);
    }

    [Theory]
    [InlineData("en", "1 book")]
    [InlineData("ko", "책 1권")]
    [InlineData("ja", "1 冊")]
    public async Task BooksPage_OneResult_UsesTheSingular(string culture, string count)
    {
        using var _ = new CultureScope(culture);
        await SampleBooks.AddAllAsync(Books.Editor);
        GoTo("/books?q=" + Uri.EscapeDataString("윤동주 전집"));

        var cut = Render<BooksPage>();
        cut.WaitForElement("[data-testid=result-count]", Patience);

        Assert.Equal(count, cut.Find("[data-testid=result-count]").TextContent);
    }

    [Theory]
    [InlineData("en", "No books match “<x>”")]
    [InlineData("ko", "“<x>”에 맞는 책이 없어요")]
    [InlineData("ja", "「<x>」に一致する本はありません")]
    public void NoBooksFound_PutsTheSearchWhereTheLanguageDoes_AsTextOnly(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<NoBooksFound>(p => p.Add(x => x.Query, new CatalogQuery(Text: "<x>")));

        var title = cut.Find("[data-testid=no-books-title]");
        Assert.Equal(expected, title.TextContent.Trim());
        Assert.Equal("<x>", title.QuerySelector("bdi")!.TextContent);
        Assert.Empty(title.QuerySelectorAll("x"));
    }

    [Theory]
    [InlineData("ko", "오류 404", "홈으로")]
    [InlineData("ja", "エラー 404", "ホームに戻る")]
    public void StatusPanel_SpeaksTheLanguage(string culture, string overline, string home)
    {
        using var _ = new CultureScope(culture);

        var cut = Render<StatusPanel>(p => p.Add(x => x.Code, 404).Add(x => x.Title, "t").Add(x => x.Text, "x"));

        Assert.Contains(overline, cut.Markup);
        Assert.Contains(home, cut.Markup);
    }
}
