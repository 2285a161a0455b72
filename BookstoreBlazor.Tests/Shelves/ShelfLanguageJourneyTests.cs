using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Shelves;

/// <summary>A Korean, then a Japanese reader's shelf and shelf panel in Chromium, with their fonts, and pictures of both.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShelfLanguageJourneyTests
{
    [Theory]
    [InlineData("ko", "내 책장", "읽는 중", "별점 5점 만점에 4점", "나만 보는 메모", "shelf-ko")]
    [InlineData("ja", "マイ本棚", "読んでいる本", "星5つ中4つ", "非公開メモ", "shelf-ja")]
    public async Task SignedInShelf_AndTheBooksPanel_SpeakTheChosenLanguage(
        string culture, string heading, string reading, string stars, string noteLabel, string screenshot)
    {
        await using var session = await BrowserSession.StartAsync();
        var (env, page) = (session.Environment, session.Page);
        await session.SignInWithKakaoAsync(KakaoAccount.Tester);
        await env.FillSampleShelfAsync(env.SubjectOf(KakaoAccount.Tester));

        // The language link the app bar's menu uses: it sets the culture cookie and comes back to the page.
        await session.GotoAsync($"/culture?culture={culture}&returnUrl=%2Fshelf");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("shelf-item")).ToHaveCountAsync(4);
        var kokoro = page.Locator("[data-isbn='9780000000026']");
        await Expect(kokoro.GetByTestId("shelf-item-state")).ToHaveTextAsync(reading);
        await Expect(kokoro.GetByTestId("shelf-stars")).ToHaveAttributeAsync("aria-label", stars);
        await Expect(page.GetByTestId("shelf-filter-reading")).ToContainTextAsync(reading);
        // Loaded or refused: a removed book's cover is not served, so "every image drawn" would never come.
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)");
        await page.Mouse.MoveAsync(0, 0);
        await session.ScreenshotAsync(screenshot);

        await kokoro.GetByTestId("shelf-item-title").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/books/9780000000026");
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("shelf-state-reading")).ToHaveTextAsync(reading);
        await Expect(page.Locator(".shelf-note label")).ToHaveTextAsync(noteLabel);
        await BrowserSession.ScrollIntoViewAsync(page.GetByTestId("shelf-remove"));
        await session.ScreenshotAsync(screenshot + "-panel");
    }
}
