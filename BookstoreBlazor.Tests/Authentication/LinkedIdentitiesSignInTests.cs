using System.Text.Json.Nodes;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>Linked social accounts through the real OIDC handler: userinfo at sign-in, into a cookie that stays small.</summary>
public sealed class LinkedIdentitiesSignInTests(ITestOutputHelper output)
{
    private const string AuthCookie = SavedTokens.CookieName;

    [Fact]
    public async Task SignIn_ReadsUserInfoOnce_AndTheProfileListsTheKakaoAccount()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();

        await env.SignInAsync();
        var profile = await env.Browser.GetStringAsync("/profile");
        await env.Browser.GetStringAsync("/");
        await env.Browser.GetStringAsync("/profile");

        Assert.Contains("data-testid=\"linked-identity-kakao\"", profile);
        Assert.Contains($"Kakao ID {FakeLogtoUser.KakaoUserId}", profile);
        Assert.DoesNotContain("data-testid=\"linked-identities-empty\"", profile);
        Assert.Equal(1, env.Logto.UserInfoCount);
    }

    [Fact]
    public async Task SignIn_ForAUserWithNoLinkedAccounts_ShowsTheEmptyState()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.User = FakeLogtoUser.KakaoTester with { Identities = null };

        await env.SignInAsync();
        var profile = await env.Browser.GetStringAsync("/profile");

        Assert.Contains("No linked social accounts.", profile);
    }

    [Fact]
    public async Task SignIn_WhenUserInfoFails_EndsOnTheFriendlyPageSignedOut()
    {
        await using var env = await LogtoTestEnvironment.StartAsync();
        env.Logto.UserInfoFails = true;

        var callback = await env.SignInAsync();
        var home = await env.Browser.GetStringAsync("/");

        Assert.StartsWith("/sign-in-failed?reason=", callback.Headers.Location!.OriginalString);
        Assert.Contains("You are not signed in", home);
    }

    [Fact]
    public async Task SignIn_WithAHugeKakaoProfileAndCustomData_DoesNotGrowTheAuthCookie()
    {
        var bulkyKakao = FakeLogtoUser.KakaoIdentity(FakeLogtoUser.KakaoUserId, "카카오테스터", "kakao.tester@example.com",
            rawData: new JsonObject { ["id"] = 4242424242, ["kakao_account"] = new JsonObject { ["bio"] = new string('x', 100 * 1024) } });
        var bulkyUser = FakeLogtoUser.KakaoTester with
        {
            Identities = new JsonObject { ["kakao"] = bulkyKakao },
            CustomData = new JsonObject { ["notes"] = new string('y', 20 * 1024) },
        };

        var plain = await SignInAsync(FakeLogtoUser.KakaoTester);
        var bulky = await SignInAsync(bulkyUser);
        output.WriteLine($"{AuthCookie}: {plain.Size} bytes with Logto's usual Kakao profile, {bulky.Size} bytes with 100 KB rawData and 20 KB custom_data");

        Assert.InRange(bulky.Size, 1, plain.Size + 32);
        Assert.Equal(["auth_time", LogtoClaimTypes.LinkedIdentity, BookstoreBlazor.Sessions.SessionClaimTypes.SessionId, "email", "email_verified", "name", "picture", "sid", "sub", "username"],
            bulky.ClaimTypes.Order(StringComparer.Ordinal));
    }

    /// <summary>Signs in with scope <c>custom_data</c> too, and returns the auth cookie's size and the claim types it holds.</summary>
    private static async Task<(int Size, List<string> ClaimTypes)> SignInAsync(FakeLogtoUser user)
    {
        await using var env = await LogtoTestEnvironment.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Logto:Scopes"] = "openid profile email offline_access identities roles custom_data",
        });
        env.Logto.User = user;

        var callback = await env.SignInAsync();

        var cookies = callback.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';', 2)[0])
            .Where(c => c.StartsWith(AuthCookie, StringComparison.Ordinal))
            .ToList();
        // One cookie, not the chunks-N the handler splits a ticket into once it passes ~4 KB.
        var cookie = Assert.Single(cookies);
        var ticket = await SavedTokens.TicketBehindAsync(env.App.Services, cookie[(AuthCookie.Length + 1)..]);
        return (cookie.Length, ticket.Principal.Claims.Select(c => c.Type).ToList());
    }
}
