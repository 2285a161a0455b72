using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>Linked social accounts through the real OIDC handler: read from Logto's userinfo once, at sign-in.</summary>
public sealed class LinkedIdentitiesSignInTests
{
    [Fact]
    public async Task SignIn_ReadsUserInfoOnce_AndTheProfileListsTheKakaoAccount()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var profile = await env.GoAsync("/profile");
        await env.GoAsync("/");
        await env.GoAsync("/profile");

        Assert.True(profile.Has("linked-identity-kakao"));
        Assert.Equal($"Kakao ID {KakaoAccount.Tester.Id}", profile.Text("linked-identity-id"));
        Assert.False(profile.Has("linked-identities-empty"));
        Assert.Equal(1, env.Logto.Statistics.UserInfoRequests);
    }

    [Fact]
    public async Task SignIn_ForAUserWithNoLinkedAccounts_ShowsTheEmptyState()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithPasswordAsync("reader", "bookstore");
        var profile = await env.GoAsync("/profile");

        Assert.Equal("No linked social accounts.", profile.Text("linked-identities-empty"));
    }

    [Fact]
    public async Task SignIn_WhenUserInfoFails_EndsOnTheFriendlyPageSignedOut()
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { FailUserInfoRequests = true });

        var page = await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        Assert.Equal("/sign-in-failed", page.Uri.AbsolutePath);
        // Logto was reached and answered 500: its own trouble, not a network problem on our side.
        Assert.Equal("server_error", OidcTestClient.Query(page.Uri)["reason"]);
        Assert.False(string.IsNullOrEmpty(page.Text("failure-reason")));
        Assert.Equal(1, env.Logto.Statistics.UserInfoRequests);
        Assert.Equal(AppCallback.SignedOut, await env.AuthStateAsync());
        Assert.Equal(0, await SessionRows.CountAsync(env));
    }
}
