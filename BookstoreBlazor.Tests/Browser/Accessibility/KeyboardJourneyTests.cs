using BookstoreBlazor.Shelves;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BookstoreBlazor.Tests.Browser.Accessibility.KeyboardFocus;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser.Accessibility;

/// <summary>
/// The whole reader's journey without a mouse: Tab, Enter, Space and typing only. Every stop must show a focus ring,
/// and the first one is the skip link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests
{
    private const string Poet = "김소월";

    [Fact]
    public async Task SkipLink_SignInWithKakao_ShelveABook_AndSignOut_WithTheKeyboardOnly()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.GotoAsync("/");

        // The skip link is the first tab stop. Blazor has already put the focus on the page's <h1> (for screen
        // readers), so Shift+Tab walks back through the app bar to it; it shows itself, and Enter focuses <main>.
        Assert.Equal("skip-link", await FirstTabStopTestIdAsync(page));
        await TabToAsync(page, "[data-testid=skip-link]", key: "Shift+Tab");
        await AssertRingAsync(page);
        var box = await page.GetByTestId("skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "The focused skip link is off screen.");
        await session.ScreenshotAsync("a11y-01-skip-link");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main-content")).ToBeFocusedAsync();

        // Continue with Kakao, then agree on Kakao's consent page as its first (pre-selected) account.
        await TabToAsync(page, ".sign-in-buttons--large [data-testid=kakao-sign-in]");
        await session.ScreenshotAsync("a11y-02-focus-ring");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("kakao-agree").WaitForAsync();
        await TabToAsync(page, "[data-testid=kakao-agree]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");

        // Books in the menu, a search typed into the catalogue and sent with Enter, the first result opened.
        await TabToAsync(page, "[data-testid=nav-books]");
        // The catalogue is static: the interactive page hands it to the server with a whole-page load.
        await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"),
            response => response.Url == session.BaseUrl + "/books" && response.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForURLAsync(session.BaseUrl + "/books");
        await TabToAsync(page, "[data-testid=catalog-search]");
        await page.Keyboard.TypeAsync(Poet);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q="));
        await TabToAsync(page, "[data-testid=book-link]");
        var isbn = (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')")).Split('/')[^1];
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{session.BaseUrl}/books/{isbn}");
        // The shelf controls are the page's interactive island: keys count once it says so.
        await page.Locator("[data-testid=shelf-island][data-interactive=true]").WaitForAsync();

        // "Reading" with Space.
        await TabToAsync(page, "[data-testid=shelf-state-reading]");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByTestId("shelf-status")).ToHaveTextAsync("Saved");
        var reader = session.Logto.Users.All.Single(u => u.Identities.ContainsKey("kakao"));
        var saved = await session.Environment.App.Services.GetRequiredService<Shelf>().FindAsync(reader.Id, isbn);
        Assert.Equal(ShelfState.Reading, saved?.State);

        // Home by the brand link: an interactive page, whose account menu is a MudMenu (a static page's is a native
        // disclosure, walked by StaticProfileJourneyTests).
        await TabToAsync(page, ".mud-appbar a.brand", key: "Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.WaitUntilInteractiveAsync();

        // The account menu in the app bar is a tab stop and opens with Enter.
        await TabToAsync(page, ".mud-appbar .mud-menu-activator");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".mud-popover [data-testid=menu-sessions]")).ToBeVisibleAsync();

        // Inside the menu the arrow keys move (a menu closes on Tab); Sign out is one of its items.
        await ArrowToAsync(page, ".mud-popover [data-testid=sign-out]");
        await AssertRingAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.StartsWith(session.BaseUrl) && !url.Contains("sign-out"));
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("user-menu")).ToHaveCountAsync(0);
    }
}
