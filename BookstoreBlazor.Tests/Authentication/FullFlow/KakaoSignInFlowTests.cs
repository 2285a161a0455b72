using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.FullFlow;

/// <summary>Direct Kakao sign-in through the real OIDC handler, the real emulator and the simulated Kakao.</summary>
public sealed class KakaoSignInFlowTests
{
    [Fact]
    public async Task DirectKakaoSignIn_SkipsTheEmulatorsSignInPage_CreatesTheUser_AndSignsIn()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var home = await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("/", home.Uri.AbsolutePath);
        Assert.DoesNotContain(home.Redirects, u => u.Authority == env.Logto.Endpoint.BaseUri.Authority && u.AbsolutePath == "/sign-in");
        Assert.Contains("카카오테스터", home.Text("user-menu"));
        var user = Assert.Single(env.Logto.Users.All, u => u.Identities.ContainsKey("kakao"));
        Assert.Equal("4242424242", user.Identities["kakao"].UserId);
        Assert.Equal("kakao.tester@example.com", user.Email);
    }

    [Fact]
    public async Task SecondKakaoSignIn_SignsTheSameUserIn()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var firstSubject = (await env.GoAsync("/profile")).Text("claim-sub");
        await env.SignOutAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var secondSubject = (await env.GoAsync("/profile")).Text("claim-sub");

        Assert.False(string.IsNullOrEmpty(firstSubject));
        Assert.Equal(firstSubject, secondSubject);
        Assert.Single(env.Logto.Users.All, u => u.Identities.ContainsKey("kakao"));
    }

    [Fact]
    public async Task Profile_ShowsTheLinkedKakaoAccount_FromLogtosUserInfo()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var profile = await env.GoAsync("/profile");

        Assert.True(profile.Has("linked-identity-kakao"));
        Assert.Equal("카카오테스터", profile.Text("linked-identity-name"));
        Assert.Equal("Kakao ID 4242424242", profile.Text("linked-identity-id"));
        Assert.Equal("kakao.tester@example.com", profile.Text("linked-identity-email"));
    }

    [Fact]
    public async Task KakaoUserWithoutEmail_SignsIn_AndTheProfileSaysEmailNotShared()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.WithoutEmail);
        var profile = await env.GoAsync("/profile");

        Assert.Equal("책벌레", profile.Text("profile-name"));
        Assert.DoesNotContain("@", profile.Text("claim-email") ?? "");
        Assert.Equal("Email not shared", profile.Text("linked-identity-email"));
        Assert.Null(Assert.Single(env.Logto.Users.All, u => u.Identities.ContainsKey("kakao")).Email);
    }

    [Fact]
    public async Task KakaoUserWithTheDefaultPicture_GetsNoAvatar_ButInitials()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var home = await env.SignInWithKakaoAsync(KakaoAccount.WithDefaultImage);

        Assert.True(home.Has("avatar-initials"));
        Assert.False(home.Has("avatar-image"));
    }

    [Fact]
    public async Task KakaoUserWithAPicture_ShowsItAsTheAvatar()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var home = await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        var src = home.Attribute("avatar-image", "src");
        Assert.Equal(new Uri(env.Logto.Endpoint.BaseUri, "kakao/images/4242424242.svg").AbsoluteUri, src);
    }

    [Fact]
    public async Task CancelOnKakaosConsentScreen_EndsOnTheFriendlyFailurePage()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var page = await env.SignInWithKakaoAsync(KakaoAccount.Tester, agree: false);

        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        Assert.Contains("reason=access_denied", page.Uri.Query);
        Assert.Contains("You cancelled signing in", page.Text("failure-reason"));
        Assert.DoesNotContain(env.Logto.Users.All, u => u.Identities.Count > 0);
        Assert.Contains("You are not signed in", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    public async Task ReturnUrl_IsKeptThroughLogtoAndKakao()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        var page = await env.SignInWithKakaoAsync(KakaoAccount.Tester, start: "/sign-in/kakao?returnUrl=%2Fprofile");

        Assert.Equal("/profile", page.Uri.AbsolutePath);
        Assert.Equal("카카오테스터", page.Text("profile-name"));
    }
}
