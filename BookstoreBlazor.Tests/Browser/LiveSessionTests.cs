using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LiveSessionTests
{
    [Fact]
    public async Task AnOpenPage_NoticesItsSessionEnded_AndShowsTheSignedOutUi_WithoutAReload()
    {
        await using var session = await BrowserSession.StartAsync(new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:01" });
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var kakaoUser = session.Logto.Users.FindByIdentity("kakao", KakaoAccount.Tester.Id.ToString())!;
        await session.Environment.App.Services.GetRequiredService<UserSessions>().EndAllForUserAsync(kakaoUser.Id);

        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Assertions.Expect(page.GetByTestId("kakao-sign-in").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Your session has ended");
        await session.ScreenshotAsync("12-session-ended-live");
    }

    [Fact]
    public async Task AnOpenPageOnOneInstance_NoticesASignOutOnAnother()
    {
        await using var database = await SharedSessionDatabase.CreateAsync(SessionFlavour.Postgres);
        var settings = database.Settings(("Sessions:RevalidationInterval", "00:00:01"), ("Sessions:CacheDuration", "00:00:01"));
        await using var session = await BrowserSession.StartAsync(settings);
        await using var other = await EmulatorEnvironment.StartAppAsync(session.Logto, settings);
        var page = session.Page;
        await session.SignInWithKakaoFromHomeAsync();

        // The same browser's cookie, signing out on the other instance.
        foreach (var cookie in await page.Context.CookiesAsync())
            other.Browser.Cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, "/", other.AppBase.Host));
        var signedOut = await other.SignOutAsync();

        Assert.Equal("You are signed out of Bookstore and Logto.", signedOut.Text("notice"));
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Your session has ended");
    }
}
