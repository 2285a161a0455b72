using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

public sealed class ForeignKeyRingTests
{
    [SecurityCase(CatalogueArea.Faults, "A cookie made with another data-protection key ring",
        "Treated as signed out; no error page")]
    [Fact]
    public async Task CookiesMadeWithAnotherKeyRing_AreTreatedAsSignedOut_WithoutAnErrorPage()
    {
        await using var original = await EmulatorEnvironment.StartAsync();
        await using var stranger = await EmulatorEnvironment.StartAppAsync(original.Logto, BookstoreAppFactory.NewDatabase());
        await original.SignInWithKakaoAsync(KakaoAccount.Tester);
        SessionInstances.Give(stranger, SessionInstances.Cookies(original));

        var home = await stranger.GoAsync("/");
        var signOutPage = await stranger.GoAsync("/sign-out");
        var profile = await stranger.GoAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(SessionInstances.SignedOut, home.Text("auth-state"));
        Assert.Equal(HttpStatusCode.OK, signOutPage.Status);
        Assert.Contains(profile.Redirects, u => u.AbsolutePath == "/sign-in");
    }
}
