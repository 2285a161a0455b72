using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests
{
    [Fact]
    public async Task ContinueWithKakao_ThenProfile_ThenSignOut_AsAPersonSeesIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        await session.ScreenshotAsync("01-home-signed-out");

        await page.Locator(".sign-in-buttons--large").GetByTestId("kakao-sign-in").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.WaitUntilInteractiveAsync();
        Assert.Equal("social:kakao", session.Logto.LastAuthorization!["direct_sign_in"]);
        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync("카카오테스터");
        await Assertions.Expect(page.GetByTestId("user-menu").GetByTestId("avatar-image")).ToHaveAttributeAsync("src", session.Logto.AvatarUrl);
        await session.ScreenshotAsync("02-home-signed-in");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("menu-profile").WaitForAsync();
        await page.WaitForTimeoutAsync(400); // let the menu finish fading in before the picture is taken
        await session.ScreenshotAsync("03-user-menu");

        await page.GetByTestId("menu-profile").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("claim-email")).ToContainTextAsync("kakao.tester@example.com");
        await session.ScreenshotAsync("04-profile");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.Locator(".mud-popover-open").GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/?notice=signed-out");
        await session.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("You are signed out of Bookstore and Logto.");
        await Assertions.Expect(page.GetByTestId("auth-state")).ToHaveTextAsync("You are not signed in.");
        Assert.NotNull(session.Logto.LastEndSession);
        await session.ScreenshotAsync("05-signed-out");
    }

    [Fact]
    public async Task ProtectedPage_WhenSignedOut_SignsInAndComesBack()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();

        await page.WaitForURLAsync(session.BaseUrl + "/profile");
        await Assertions.Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("카카오테스터");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
