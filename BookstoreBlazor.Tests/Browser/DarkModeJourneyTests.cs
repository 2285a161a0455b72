using BookstoreBlazor.Tests.Browser.Accessibility;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>The dark-mode toggle needs no circuit: it works on static pages and status pages and is remembered.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DarkModeJourneyTests
{
    [Fact]
    public async Task OnAStatusPage_TheToggleSwitchesToDark_AndBack_StayingOnTheAddress()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(session.BaseUrl + "/no-such-page");
        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Light);

        await ToggleAsync(page, "switch-to-dark", "dark");

        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Dark);
        Assert.Equal(session.BaseUrl + "/no-such-page", page.Url);
        await Expect(page.GetByTestId("switch-to-dark")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("switch-to-light")).ToBeVisibleAsync();
        await session.ScreenshotAsync("status-page-dark");

        await ToggleAsync(page, "switch-to-light", "light");

        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Light);
        Assert.Equal(session.BaseUrl + "/no-such-page", page.Url);
    }

    [Fact]
    public async Task OnTheStaticProfile_DarkIsRemembered_AndBeatsTheSystemsLightPreference()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();
        await session.GotoAsync("/profile");

        await ToggleAsync(page, "dark-mode", "dark");

        Assert.Equal(session.BaseUrl + "/profile", page.Url);
        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Dark);
        await session.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("account-island")).ToHaveAttributeAsync("data-interactive", "true");
        await session.ScreenshotAsync("profile-static-dark");
        await page.GetByTestId("user-menu").ClickAsync();
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        await session.ScreenshotAsync("profile-static-user-menu-dark");

        // Another page, the system still preferring light: the choice holds.
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await session.GotoAsync("/books");
        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Dark);
    }

    [Fact]
    public async Task WithoutAChoice_TheSystemsPreferenceDecides_AndTheToggleOffersTheOther()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await session.GotoAsync("/");

        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Dark);
        await Expect(page.GetByTestId("switch-to-light")).ToBeVisibleAsync();
        await ToggleAsync(page, "switch-to-light", "light");
        await AxeAudit.ColorSchemeAppliedAsync(page, ColorScheme.Light);
        await Expect(page.GetByTestId("switch-to-dark")).ToBeVisibleAsync();
    }

    /// <summary>
    /// With scripts the toggle switches the palette in place (the same document, so an interactive page keeps its
    /// state) once the choice is stored; the stored choice is what later pages (and a reload) render with.
    /// </summary>
    private static async Task ToggleAsync(IPage page, string testId, string mode)
    {
        await page.EvaluateAsync("() => window.__beforeToggle = true");
        await page.GetByTestId(testId).ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($@"\btheme-{mode}\b"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__beforeToggle === true"), "The toggle reloaded the page.");
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($@"\btheme-{mode}\b"));
        await BrowserSession.WaitUntilReadyAsync(page);
    }
}
