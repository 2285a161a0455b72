using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// A Kakao user whose nickname, email and picture are attacks, in Chromium, after the Blazor circuit has taken over
/// the page (it renders user text again, through the DOM rather than the server's HTML encoder).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileProfileJourneyTests
{
    private const string ViolationMarker = "CSP violation:";

    private static readonly KakaoAccount Mallory = new(4646464646, "<img src=x onerror=alert(1)>\"><svg onload=alert(2)>",
        "<script>alert(3)</script>@example.com", KakaoProfileImage.Own) { ReportedImageUrl = "javascript:alert(4)" };

    // Read left to right, with the override honoured, each of these ends "admin" or reads "flipper@example.com".
    private static readonly KakaoAccount Flipper = new(4747474747, "\u202Enimda", "\u202Emoc.elpmaxe@reppilf", KakaoProfileImage.KakaoDefault);

    [SecurityCase(CatalogueArea.Content, "Markup in the nickname, email and avatar URL, rendered live by the Blazor circuit in Chromium",
        "No dialog opens, no element, handler or script is injected and no CSP violation is reported on home, the user menu, profile and sign-out page")]
    [Fact]
    public async Task HostileKakaoProfile_InChromium_OpensNoDialogAndInjectsNothing()
    {
        await using var session = await BrowserSession.StartAsync(logto: new LogtoEmulatorOptions { Kakao = { Accounts = [Mallory] } });
        var page = session.Page;
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        // The CSP would block an injected handler: a violation is the trace such an injection leaves.
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith(ViolationMarker))
                violations.Add($"{page.Url}: {message.Text}");
        };
        await page.AddInitScriptAsync($$"""
            document.addEventListener('securitypolicyviolation', e =>
                console.error('{{ViolationMarker}} ' + e.effectiveDirective + ' blocked ' + e.blockedURI));
            """);

        await session.SignInWithKakaoAsync(Mallory);
        await AssertNothingInjectedAsync(page);
        await Assertions.Expect(page.GetByTestId("greeting")).ToHaveTextAsync("Welcome back, " + Mallory.Nickname);
        await Assertions.Expect(page.GetByTestId("user-menu").GetByTestId("avatar-initials")).ToBeVisibleAsync();

        await page.GetByTestId("user-menu").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .user-menu-header")).ToContainTextAsync(Mallory.Email!);
        await AssertNothingInjectedAsync(page);

        await page.GetByTestId("menu-profile").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("linked-identity-name")).ToHaveTextAsync(Mallory.Nickname);
        await Assertions.Expect(page.GetByTestId("linked-identity-email")).ToHaveTextAsync(Mallory.Email!);
        await Assertions.Expect(page.GetByTestId("claim-picture")).ToHaveTextAsync("Not set");
        await AssertNothingInjectedAsync(page);
        await session.ScreenshotAsync("hostile-profile");

        await session.GotoAsync("/sign-out");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(Mallory.Nickname);
        await AssertNothingInjectedAsync(page);

        Assert.Empty(dialogs);
        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
    }

    [SecurityCase(CatalogueArea.Content, "A right-to-left override (U+202E) in the name and email, to flip the text around them",
        "Kept as given but isolated (`<bdi>`): in Chromium the sign-out page's sentence after the name and the profile's email badge stay in reading order")]
    [Fact]
    public async Task RightToLeftOverrideInTheNameAndEmail_DoesNotReorderTheTextAroundThem()
    {
        await using var session = await BrowserSession.StartAsync(logto: new LogtoEmulatorOptions { Kakao = { Accounts = [Flipper] } });
        var page = session.Page;
        await session.SignInWithKakaoAsync(Flipper);

        await session.GotoAsync("/sign-out");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(Flipper.Nickname);
        // Left edges of the letters of "Signing", the word right after the name: left to right, unless it was flipped.
        var letters = await page.EvaluateAsync<double[]>("""
            () => {
              const sentence = document.querySelector('[data-testid=signed-in-as]').parentElement;
              const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
              let node;
              while ((node = walker.nextNode()) && !node.data.includes('Signing')) {}
              const at = node.data.indexOf('Signing');
              return [0, 1, 2, 3].map(i => {
                const range = document.createRange();
                range.setStart(node, at + i);
                range.setEnd(node, at + i + 1);
                return range.getBoundingClientRect().left;
              });
            }
            """);
        Assert.True(letters.SequenceEqual(letters.Order()), $"'Signing' is laid out right to left: {string.Join(", ", letters)}");

        await session.GotoAsync("/profile");
        var email = page.GetByTestId("claim-email");
        await Assertions.Expect(email).ToContainTextAsync("primary email");
        var value = await email.Locator(".claim-value").BoundingBoxAsync();
        var badge = await email.Locator(".mud-chip").BoundingBoxAsync();
        Assert.True(badge!.X >= value!.X + value.Width, $"The email badge moved to the left of the email ({badge.X} < {value.X + value.Width})");
    }

    /// <summary>Nothing in the live page came from the user's markup: no handler attribute, no planted image or script.</summary>
    private static async Task AssertNothingInjectedAsync(IPage page)
    {
        var injected = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[onerror], [onload], img[src="x"], img[src^="javascript:" i], script')]
                .filter(e => e.tagName !== 'SCRIPT' || e.textContent.includes('alert('))
                .map(e => e.outerHTML)
            """);
        Assert.True(injected.Length == 0, "Injected:\n" + string.Join("\n", injected));
    }
}
