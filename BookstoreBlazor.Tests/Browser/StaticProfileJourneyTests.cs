using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// /profile renders statically: its only circuit is the app bar's account island, which shows the user menu and
/// watches the session.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticProfileJourneyTests
{
    [Fact]
    public async Task Profile_IsStatic_WithALiveAccountIsland_AndTheUserMenuSignsOutByMouse()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();

        await session.GotoAsync("/profile");

        await Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("카카오테스터");
        // No interactive page: the layout carries no signal, the island says it is live.
        await Expect(page.Locator(".mud-layout[data-interactive]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("account-island")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("user-menu-name")).ToHaveTextAsync("카카오테스터");
        await session.ScreenshotAsync("profile-static-light");

        await page.GetByTestId("user-menu").ClickAsync();
        await Expect(page.GetByTestId("menu-sessions")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        await session.ScreenshotAsync("profile-static-user-menu");

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(session.BaseUrl) && !url.Contains("sign-out") && !url.Contains("/profile"));
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("user-menu")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("signed out");
    }

    [Fact]
    public async Task Profile_UserMenu_OpensAndSignsOut_WithTheKeyboardOnly()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();
        await session.GotoAsync("/profile");

        await Accessibility.KeyboardFocus.TabToAsync(page, "[data-testid=user-menu]");
        await Accessibility.KeyboardFocus.AssertRingAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("menu-profile")).ToBeVisibleAsync();

        await Accessibility.KeyboardFocus.TabToAsync(page, "[data-testid=sign-out]");
        await Accessibility.KeyboardFocus.AssertRingAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.StartsWith(session.BaseUrl) && !url.Contains("sign-out") && !url.Contains("/profile"));
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("user-menu")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Profile_WhoseSessionEndsElsewhere_SwitchesToSignedOut_WithTheNotice()
    {
        await using var session = await BrowserSession.StartAsync(new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:01" });
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();
        await session.GotoAsync("/profile");
        await Expect(page.GetByTestId("account-island")).ToHaveAttributeAsync("data-interactive", "true");

        var kakaoUser = session.Logto.Users.FindByIdentity("kakao", KakaoAccount.Tester.Id.ToString())!;
        await session.Environment.App.Services.GetRequiredService<UserSessions>().EndAllForUserAsync(kakaoUser.Id);

        // Nobody touched the page: only the island's circuit could have noticed.
        await page.WaitForURLAsync(session.BaseUrl + "/?notice=session-ended");
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Your session has ended");
        await Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        await Expect(page.GetByTestId("user-menu")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("profile-static-session-ended");
    }
}
