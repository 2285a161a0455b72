using BookstoreBlazor.Catalog;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Shelves;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser.Accessibility;

/// <summary>
/// axe-core in Chromium on every kind of page, signed out, signed in and as an admin, in light and dark mode: no
/// serious or critical violation may be left. A failure lists each violation's rule, impact, element and help page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityAuditTests
{
    [Fact]
    public async Task SignedOutPages_AndStatusPages_HaveNoSeriousViolations()
    {
        await using var session = await BrowserSession.StartAsync();
        var audit = new AxeAudit(session);
        var book = await AnyBookAsync(session);

        await audit.AuditAsync("/", screenshot: "home");
        await audit.AuditAsync("/books");
        await audit.AuditAsync($"/books/{book.Isbn}", ready: page => Expect(page.GetByTestId("book-title")).ToBeVisibleAsync());
        await audit.AuditAsync("/sign-in-failed?reason=cancelled");
        // Status pages render statically (no circuit), so they keep the light palette whatever the system says.
        await audit.AuditAsync("/no-such-page", interactive: false);
        await audit.AuditAsync("/status/403", interactive: false);
        await audit.AuditAsync("/status/500", interactive: false);

        audit.AssertNone();
    }

    [Fact]
    public async Task SignedInPages_HaveNoSeriousViolations()
    {
        await using var session = await BrowserSession.StartAsync();
        var audit = new AxeAudit(session);
        var book = await AnyBookAsync(session);
        var club = session.Logto.Organizations.FindByName(OrganizationSeed.SosekiReaders.Name)!;
        await session.SignInWithKakaoAsync(KakaoAccount.WithDefaultImage);
        var user = session.Logto.Users.FindByIdentity("kakao", KakaoAccount.WithDefaultImage.Id.ToString())!;
        await session.Environment.App.Services.GetRequiredService<Shelf>()
            .SaveAsync(user.Id, book.Isbn, new ShelfChange(ShelfState.Reading, 4, "Half way", VisibleToClubs: true), null);

        await audit.AuditAsync("/");
        await audit.AuditAsync("/profile");
        await audit.AuditAsync("/sessions", ready: page => Expect(page.GetByTestId("session-row").First).ToBeVisibleAsync());
        await audit.AuditAsync("/books");
        await audit.AuditAsync($"/books/{book.Isbn}", ready: page => Expect(page.GetByTestId("shelf-panel")).ToBeVisibleAsync(),
            screenshot: "book-signed-in");
        await audit.AuditAsync("/shelf");
        await audit.AuditAsync("/clubs", ready: page => Expect(page.GetByTestId("club-card").First).ToBeVisibleAsync());
        await audit.AuditAsync($"/clubs/{club.Id}", ready: page => Expect(page.GetByTestId("club-name")).ToBeVisibleAsync());
        await audit.AuditAsync("/clubs/invitations");

        audit.AssertNone();
    }

    [Fact]
    public async Task AdminPages_HaveNoSeriousViolations()
    {
        await using var session = await BrowserSession.StartAsync();
        var audit = new AxeAudit(session);
        var book = await AnyBookAsync(session);
        var page = session.Page;
        await page.GotoAsync(session.BaseUrl + "/admin/books");
        await page.Locator("#identifier").FillAsync("admin");
        await page.Locator("#password").FillAsync("bookstore");
        await page.GetByTestId("submit").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/admin/books");

        await audit.AuditAsync("/admin/books", ready: p => Expect(p.Locator("tr.mud-table-row").First).ToBeVisibleAsync());
        await audit.AuditAsync($"/admin/books/{book.Isbn}/edit", ready: p => Expect(p.GetByTestId("save-book")).ToBeVisibleAsync());

        audit.AssertNone();
    }

    private static async Task<Book> AnyBookAsync(BrowserSession session) =>
        (await session.Environment.App.Services.GetRequiredService<BookCatalog>().SearchAsync(new CatalogQuery())).Books[0];
}
