using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.HostileProfile;

/// <summary>
/// A Kakao profile image URL that is not an http(s) address, passed on by Logto's connector as the user's
/// <c>picture</c>: the app never makes it an image source anywhere, and shows initials instead.
/// </summary>
public sealed class UnsafeAvatarTests
{
    [SecurityCase(CatalogueArea.Content, "A `javascript:` avatar URL as the Kakao profile image (Logto's `picture`)",
        "No `<img>` for it on any page: the avatar shows initials and the profile's picture row says *Not set*")]
    [SecurityCase(CatalogueArea.Content, "A `data:` avatar URL as the Kakao profile image (an SVG or HTML page with a script)",
        "No `<img>` for it on any page: the avatar shows initials and the profile's picture row says *Not set*")]
    [SecurityCase(CatalogueArea.Content, "An avatar URL with another non-http(s) scheme, or none (`vbscript:`, `file:`, `ftp:`, `//host/…`, a relative path)",
        "No `<img>` for it on any page: the avatar shows initials and the profile's picture row says *Not set*")]
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(document.cookie)")]
    [InlineData("data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0nYWxlcnQoMSknLz4=")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/avatar.png")]
    [InlineData("//evil.example/avatar.png")]
    [InlineData("/kakao/images/avatar.png")]
    public async Task KakaoAvatarWithAnUnsafeUrl_ShowsInitialsAndNoImage(string imageUrl)
    {
        var kakao = new KakaoAccount(5151515151, "Kim Minsu", "minsu@example.com", KakaoProfileImage.Own) { ReportedImageUrl = imageUrl };
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [kakao] } });

        var home = await env.SignInWithKakaoAsync(kakao);
        var profile = await env.GoAsync("/profile");
        var signOut = await env.GoAsync("/sign-out");

        // Logto's connector took the URL as the avatar, so the app really was handed it.
        Assert.Equal(imageUrl, env.Logto.Users.FindByIdentity("kakao", kakao.Id.ToString())!.Picture);
        foreach (var page in new[] { home, profile, signOut })
        {
            Assert.False(page.Has("avatar-image"), $"{page} shows an image for {imageUrl}");
            Assert.DoesNotContain(page.Document.Images, img => img.GetAttribute("src") == imageUrl);
            Assert.DoesNotContain(imageUrl, page.Html);
        }
        Assert.Equal("KM", home.Text("avatar-initials"));
        Assert.Equal("KM", profile.Text("avatar-initials"));
        Assert.Equal("Not set", profile.Text("claim-picture"));
    }

    [Fact]
    public async Task KakaoAvatarWithAnHttpsUrl_IsTheImage()
    {
        const string imageUrl = "https://k.kakaocdn.net/dn/avatar/profile.jpg";
        var kakao = new KakaoAccount(5151515151, "Kim Minsu", "minsu@example.com", KakaoProfileImage.Own) { ReportedImageUrl = imageUrl };
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [kakao] } });

        var home = await env.SignInWithKakaoAsync(kakao);

        Assert.Equal(imageUrl, home.Attribute("avatar-image", "src"));
        Assert.False(home.Has("avatar-initials"));
    }
}
