using BookstoreBlazor.LogtoEmulator.Kakao;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests
{
    [Fact]
    public async Task ContinueWithKakao_PickAnAccount_ThenProfile_ThenSignOut_AsAPersonSeesIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        await session.ScreenshotAsync("01-home-signed-out");

        await page.Locator(".sign-in-buttons--large").GetByTestId("kakao-sign-in").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/kakao/oauth/authorize"));
        await session.ScreenshotAsync("02-kakao-consent");
        await page.GetByTestId($"kakao-account-{KakaoAccount.Tester.Id}").ClickAsync();
        await page.GetByTestId("kakao-agree").ClickAsync();

        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync("카카오테스터");
        var avatar = new Uri(session.Logto.Endpoint.BaseUri, $"kakao/images/{KakaoAccount.Tester.Id}.svg").AbsoluteUri;
        await Assertions.Expect(page.GetByTestId("user-menu").GetByTestId("avatar-image")).ToHaveAttributeAsync("src", avatar);
        await session.ScreenshotAsync("03-home-signed-in");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("menu-profile").WaitForAsync();
        await page.WaitForTimeoutAsync(400); // let the menu finish fading in before the picture is taken
        await session.ScreenshotAsync("04-user-menu");

        await page.GetByTestId("menu-profile").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("claim-email")).ToContainTextAsync("kakao.tester@example.com");
        await Assertions.Expect(page.GetByTestId("linked-identity-id")).ToHaveTextAsync("Kakao ID 4242424242");
        await session.ScreenshotAsync("05-profile");

        // The profile is a static page: its account menu is a native disclosure, no popover.
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("user-menu-static").GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/?notice=signed-out");
        await session.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("You are signed out of Bookstore and Logto.");
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        await session.ScreenshotAsync("06-signed-out");
    }

    [Fact]
    public async Task ProtectedPage_WhenSignedOut_SignsInWithAPasswordAndComesBack()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(session.Logto.Endpoint.BaseUri.AbsoluteUri) && url.Contains("/sign-in"));
        await Assertions.Expect(page.GetByTestId("test-account")).ToContainTextAsync("reader");
        await session.ScreenshotAsync("07-emulator-sign-in");
        await page.Locator("#identifier").FillAsync("reader");
        await page.Locator("#password").FillAsync("bookstore");
        await page.GetByTestId("submit").ClickAsync();

        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("Bookstore Reader");
    }
}

/// <summary>
/// Browser journeys run one at a time, after the other tests. Run beside them (three test threads on two cores, the
/// browser collection first), the whole suite took 12 instead of 16 minutes, but under a CPU hog the first journey of
/// the run (an admin's save, at a cold start) stalled past its 90 s patience in two of three runs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
