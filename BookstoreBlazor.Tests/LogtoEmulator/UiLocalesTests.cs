using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// The emulator picks its pages' language as Logto does: the first supported tag of <c>ui_locales</c>, else the
/// browser's Accept-Language, else English; the simulated Kakao follows the sign-in in progress.
/// </summary>
public sealed class UiLocalesTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Theory]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    [InlineData("fr ko-KR en")]
    public async Task SignInPage_ForKorean_SpeaksKorean(string uiLocales)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = uiLocales });

        Assert.Equal("/sign-in", page.Uri.AbsolutePath);
        AssertKoreanSignIn(page);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-JP")]
    [InlineData("zh-TW ja-JP ko")]
    public async Task SignInPage_ForJapanese_SpeaksJapanese(string uiLocales)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = uiLocales });

        Assert.Equal("ja", Lang(page));
        Assert.Equal("アカウントにサインイン", page.Text("title"));
        Assert.Equal("サインイン", page.Text("submit"));
        Assert.Equal("Kakao で続ける", page.Text("kakao"));
        Assert.Equal("アカウントを作成", page.Text("to-register"));
        Assert.Contains("ユーザー名またはメールアドレス", Label(page, "identifier"));
    }

    [Fact]
    public async Task SignInPage_ForAnUnsupportedLanguage_FollowsTheBrowser()
    {
        await using var probe = emulator.NewProbe();
        probe.Browser.PreferLanguages("fr-FR,fr;q=0.9,ko;q=0.8,en;q=0.5");

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = "fr" });

        AssertKoreanSignIn(page);
    }

    [Fact]
    public async Task SignInPage_UiLocalesWinsOverTheBrowser()
    {
        await using var probe = emulator.NewProbe();
        probe.Browser.PreferLanguages("ko-KR,ko;q=0.9");

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = "en-US" });

        Assert.Equal("en", Lang(page));
        Assert.Equal("Sign in to your account", page.Text("title"));
    }

    [Fact]
    public async Task SignInPage_WithoutAnyLanguage_IsEnglish()
    {
        await using var probe = emulator.NewProbe();
        probe.Browser.PreferLanguages("fr-FR,de;q=0.8");

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = "fr" });

        Assert.Equal("en", Lang(page));
        Assert.Equal("Sign in to your account", page.Text("title"));
        Assert.Equal("Continue with Kakao", page.Text("kakao"));
    }

    [Fact]
    public async Task AFailedPasswordAttempt_KeepsTheLanguage_AndSaysWhyInIt()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = "ja-JP" });

        var page = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "wrong-password"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("ja", Lang(page));
        Assert.Equal("ユーザー名またはパスワードが正しくありません。", page.Text("error"));
        Assert.Equal("アカウントにサインイン", page.Text("title"));
    }

    [Fact]
    public async Task RegisterPage_SpeaksTheLanguage_AndItsValidationToo()
    {
        await using var probe = emulator.NewProbe();
        var register = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["ui_locales"] = "ko-KR", ["first_screen"] = "register",
        });

        var tooShort = await probe.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "new_reader", ["password"] = "short",
        });
        var badName = await probe.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "1reader", ["password"] = "long-enough-password",
        });
        var taken = await probe.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "reader", ["password"] = "long-enough-password",
        });

        Assert.Equal("/register", register.Uri.AbsolutePath);
        Assert.Equal("ko", Lang(register));
        Assert.Equal("계정 만들기", register.Text("title"));
        Assert.Equal("계정 생성", register.Text("submit"));
        Assert.Equal("로그인", register.Text("to-sign-in"));
        Assert.Equal("비밀번호는 8자 이상이어야 해요.", tooShort.Text("error"));
        Assert.Equal("ko", Lang(tooShort));
        Assert.Contains("사용자 이름은 문자나 밑줄(_)로 시작", badName.Text("error"));
        Assert.Equal("사용자 이름이 이미 존재해요.", taken.Text("error"));
    }

    [Fact]
    public async Task RegisterPage_TooShortPassword_InJapanese()
    {
        await using var probe = emulator.NewProbe();
        var register = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["ui_locales"] = "ja", ["first_screen"] = "register",
        });

        var page = await probe.Browser.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["username"] = "new_reader", ["password"] = "short",
        });

        Assert.Equal("アカウントを作成", register.Text("title"));
        Assert.Equal("アカウントを作成する", register.Text("submit"));
        Assert.Equal("ja", Lang(page));
        Assert.Equal("パスワードは 8 文字以上にしてください。", page.Text("error"));
    }

    [Fact]
    public async Task SignInLink_FromTheRegisterPage_KeepsTheLanguage()
    {
        await using var probe = emulator.NewProbe();
        var register = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["ui_locales"] = "ko", ["first_screen"] = "register",
        });

        var signIn = await probe.Browser.GoAsync(new Uri(register.Uri, register.Attribute("to-sign-in", "href")));

        AssertKoreanSignIn(signIn);
    }

    [Theory]
    [InlineData("ko", "ko", "동의하고 계속하기", "취소", "이메일 없음")]
    [InlineData("ja-JP", "ja", "同意して続ける", "キャンセル", "メールアドレスなし")]
    [InlineData("en", "en", "Agree and continue", "Cancel", "no email")]
    public async Task DirectSignInToKakao_ShowsKakaosConsentInTheLanguage(string uiLocales, string lang, string agree,
        string cancel, string noEmail)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["ui_locales"] = uiLocales, ["direct_sign_in"] = "social:kakao",
        });

        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, page.Uri.AbsolutePath);
        Assert.Equal(lang, Lang(page));
        Assert.Equal(agree, page.Text("kakao-agree"));
        Assert.Equal(cancel, page.Text("kakao-cancel"));
        Assert.Contains(noEmail, page.Text($"kakao-account-{BookstoreBlazor.LogtoEmulator.Kakao.KakaoAccount.WithoutEmail.Id}"));
        // As Logto's Kakao connector: the authorize URL carries no language of its own.
        Assert.Equal(["client_id", "redirect_uri", "response_type", "state"], OidcTestClient.Query(page.Uri).Keys.Order());
    }

    [Fact]
    public async Task KakaoFromTheSignInPage_FollowsTheBrowserWhenUiLocalesIsUnsupported()
    {
        await using var probe = emulator.NewProbe();
        probe.Browser.PreferLanguages("ja-JP,ja;q=0.9");
        var signIn = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["ui_locales"] = "de" });

        var consent = await probe.Browser.GoAsync(new Uri(signIn.Uri, signIn.Attribute("kakao", "href")));

        Assert.Equal("ja", Lang(signIn));
        Assert.Equal("ja", Lang(consent));
        Assert.Equal("カカオアカウントでログイン", consent.Text("kakao-heading"));
    }

    [Fact]
    public async Task PushedAuthorizationRequest_CarriesUiLocalesToTheSignInPage()
    {
        await using var probe = emulator.NewProbe();
        var (status, _, page) = await PushedAuthorization.OpenAsync(probe, new Dictionary<string, string?> { ["ui_locales"] = "ja-JP en" });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("/sign-in", page.Uri.AbsolutePath);
        Assert.Equal("ja", Lang(page));
        Assert.Equal("アカウントにサインイン", page.Text("title"));
    }

    [Fact]
    public async Task ExpiredSignIn_FollowsTheBrowsersLanguage()
    {
        await using var probe = emulator.NewProbe();
        probe.Browser.PreferLanguages("ko");

        var page = await probe.Browser.GoAsync(probe.Url("sign-in"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("ko", Lang(page));
        Assert.Equal("로그인 시간이 만료되었어요", page.Text("message-title"));
    }

    private static void AssertKoreanSignIn(BrowserPage page)
    {
        Assert.Equal("ko", Lang(page));
        Assert.Equal("계정에 로그인", page.Text("title"));
        Assert.Equal("로그인", page.Text("submit"));
        Assert.Equal("카카오로 계속하기", page.Text("kakao"));
        Assert.Equal("계정 만들기", page.Text("to-register"));
        Assert.Equal("사용자 이름 또는 이메일", Label(page, "identifier"));
        Assert.Equal("계정에 로그인", page.Document.Title);
    }

    private static string? Lang(BrowserPage page) => page.Document.DocumentElement.GetAttribute("lang");

    private static string? Label(BrowserPage page, string inputId) =>
        page.Document.QuerySelector($"label[for='{inputId}']")?.TextContent.Trim();
}
