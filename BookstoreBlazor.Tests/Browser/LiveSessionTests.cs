using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions;
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
        await session.GotoAsync("/");
        await page.Locator(".sign-in-buttons--large").GetByTestId("kakao-sign-in").ClickAsync();
        await page.GetByTestId("kakao-agree").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var kakaoUser = session.Logto.Users.FindByIdentity("kakao", KakaoAccount.Tester.Id.ToString())!;
        await session.Environment.App.Services.GetRequiredService<UserSessions>().EndAllForUserAsync(kakaoUser.Id);

        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.", new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Assertions.Expect(page.GetByTestId("kakao-sign-in").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Your session has ended");
        await session.ScreenshotAsync("12-session-ended-live");
    }
}
