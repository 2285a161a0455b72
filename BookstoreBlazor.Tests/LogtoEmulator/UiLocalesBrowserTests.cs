using BookstoreBlazor.Tests.Browser;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The emulator's Korean and Japanese pages in Chromium, with screenshots to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UiLocalesBrowserTests
{
    [Theory]
    [InlineData("ko-KR", "ko", "계정에 로그인", "카카오로 계속하기")]
    [InlineData("ja-JP", "ja", "アカウントにサインイン", "Kakao で続ける")]
    public async Task SignInPage_InChromium_SpeaksTheRequestedLanguage(string uiLocales, string lang, string title, string kakao)
    {
        await using var session = await BrowserSession.StartAsync();
        using var http = new HttpBrowser();
        var client = await OidcTestClient.RegisterAsync(session.Logto, http);

        await session.Page.GotoAsync(client.AuthorizeUrl(new Dictionary<string, string?> { ["ui_locales"] = uiLocales }).AbsoluteUri);

        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(session.Page.GetByTestId("title")).ToHaveTextAsync(title);
        await Assertions.Expect(session.Page.GetByTestId("kakao")).ToHaveTextAsync(kakao);
        await session.ScreenshotAsync($"emulator-sign-in-{lang}");

        await session.Page.GetByTestId("kakao").ClickAsync();
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(session.Page.GetByTestId("kakao-agree")).ToBeVisibleAsync();
        await session.ScreenshotAsync($"emulator-kakao-consent-{lang}");
    }
}
