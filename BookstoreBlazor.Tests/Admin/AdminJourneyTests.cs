using BookstoreBlazor.Catalog;
using BookstoreBlazor.Tests.Browser;
using BookstoreBlazor.Tests.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class AdminJourneyTests
{
    [Fact]
    public async Task AnAdmin_EditsATitle_AndSeesTheChangeAndWhoMadeItInTheList()
    {
        await using var session = await AdminBrowser.StartAsync();
        var page = session.Page;
        await session.AddPersuasionAsync();
        await session.SignInAtAsync("admin", "/admin/books");
        var before = await session.FindInListAsync("Persuasion");
        await Assertions.Expect(before.GetByTestId("changed-by")).ToHaveTextAsync("Catalogue Curator");

        await before.GetByTestId("edit-book").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/admin/books/9780000000019/edit");
        await Assertions.Expect(page.Locator(".field-isbn input")).ToBeDisabledAsync();
        await page.Locator(".field-title input").FillAsync("Persuasion (revised)");
        await session.ScreenshotAsync("admin-edit");
        await page.GetByTestId("save-book").ClickAsync();

        await page.WaitForURLAsync(session.BaseUrl + "/admin/books");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved “Persuasion (revised)”.");
        var after = await session.FindInListAsync("Persuasion (revised)");
        await Assertions.Expect(after.GetByTestId("changed-by")).ToHaveTextAsync("Bookstore Admin");
        await Assertions.Expect(after.GetByTestId("changed-at")).ToHaveTextAsync("just now");
        await session.ScreenshotAsync("admin-list");
        Assert.Equal("Persuasion (revised)", (await session.Environment.App.Services.GetRequiredService<BookCatalog>().FindAsync("9780000000019"))!.Title);
    }

    [SecurityCase(CatalogueArea.Authorization, "The admin role is taken away at Logto while an admin page is open",
        "At the open page's next revalidation after the refresh it shows the no-access page, without a reload; the admin link goes too, and both come back when the role does")]
    [Fact]
    public async Task AnOpenAdminPage_SwitchesToNoAccess_WhenTheRoleIsRemoved_AndBackWhenItReturns()
    {
        await using var session = await AdminBrowser.StartAsync(new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:01" });
        var page = session.Page;
        await session.SignInAtAsync("admin", "/admin/books");
        await Assertions.Expect(page.GetByTestId("admin-books")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-admin")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.__sameDocument = true");
        var adminId = session.Environment.UserId("admin");

        session.Logto.SetRoles(adminId, "reader");

        await Assertions.Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("status-title")).ToHaveTextAsync("You don't have access to this page");
        await Assertions.Expect(page.GetByTestId("admin-books")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("nav-admin")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        Assert.Equal(session.BaseUrl + "/admin/books", page.Url);
        await page.SwitchToDarkModeAsync();
        await session.ScreenshotAsync("admin-forbidden-live-dark");

        session.Logto.SetRoles(adminId, "reader", "admin");

        await Assertions.Expect(page.GetByTestId("admin-books")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-admin")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
    }
}
