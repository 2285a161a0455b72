using BookstoreBlazor.Tests.Catalogue;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>The whole Kakao journey under the real CSP, in Chromium, with every violation it reports collected.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyJourneyTests
{
    private const string ViolationMarker = "CSP violation:";

    [SecurityCase(CatalogueArea.Hardening, "Script injection blocked by the Content-Security-Policy",
        "Nonce-based CSP; a full Kakao journey in Chromium raises zero violations")]
    [Fact]
    public async Task KakaoJourney_SignInProfileSignOut_BreaksNoDirective()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy") || message.Text.StartsWith(ViolationMarker))
                violations.Add($"{page.Url}: {message.Text}");
        };
        // The console does not report every kind of violation (form-action on a redirect, for one): the event does.
        await page.AddInitScriptAsync($$"""
            document.addEventListener('securitypolicyviolation', e =>
                console.error('{{ViolationMarker}} ' + e.effectiveDirective + ' blocked ' + e.blockedURI));
            """);

        // A blocked step shows up as a timeout; the violations behind it are the better failure message.
        try
        {
            var home = await page.GotoAsync(session.BaseUrl + "/");
            Assert.Contains("form-action", (await home!.AllHeadersAsync())["content-security-policy"]);
            await session.SignInWithKakaoFromHomeAsync();
            var avatar = page.GetByTestId("user-menu").GetByTestId("avatar-image");
            await Assertions.Expect(avatar).ToBeVisibleAsync();
            Assert.True(await avatar.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The avatar did not load");

            await page.GetByTestId("user-menu").ClickAsync();
            await page.GetByTestId("menu-profile").ClickAsync();
            await page.WaitForURLAsync(session.BaseUrl + "/profile");
            await Assertions.Expect(page.GetByTestId("linked-identity-id")).ToHaveTextAsync("Kakao ID 4242424242");

            // The profile is static: its account menu is a native disclosure.
            await page.GetByTestId("user-menu").ClickAsync();
            await page.GetByTestId("user-menu-static").GetByTestId("sign-out").ClickAsync();
            await page.WaitForURLAsync(session.BaseUrl + "/?notice=signed-out");
            await session.WaitUntilInteractiveAsync();
            await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        }
        finally
        {
            Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
        }
    }
}
