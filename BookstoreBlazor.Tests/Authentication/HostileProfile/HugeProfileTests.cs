using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Users;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Xunit.Abstractions;

namespace BookstoreBlazor.Tests.Authentication.HostileProfile;

/// <summary>
/// Profiles far bigger than a cookie, through the emulator: the sign-in works and what the browser and the session
/// keep is the same as for an ordinary user, because only a few capped claims are copied out of userinfo.
/// </summary>
public sealed class HugeProfileTests(ITestOutputHelper output)
{
    private const int MaxAuthCookie = 512;
    private const string Filler = "xxxxxxxxxxxxxxxx";

    [SecurityCase(CatalogueArea.Content, "A huge Kakao profile: 300 KB of app properties in `/v2/user/me`, which Logto copies into `identities.kakao.details.rawData`",
        "Signs in; the auth cookie is one session key of the same size as an ordinary sign-in (≤ 512 bytes), and the session keeps none of `rawData`")]
    [Fact]
    public async Task HugeKakaoProfile_SignsIn_WithoutGrowingTheCookieOrTheSession()
    {
        var bulky = KakaoAccount.Tester with
        {
            Id = 4545454545,
            CustomProperties = Enumerable.Range(0, 300).ToDictionary(i => $"app_property_{i:D3}", _ => Repeat(Filler, 64)),
        };
        // Not KakaoAccount.Tester itself: it joins a seeded book club at its first sign-in, which adds claims of its own.
        var ordinary = KakaoAccount.Tester with { Id = 4646464646 };
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { Kakao = { Accounts = [ordinary, bulky] } });

        var plain = await SignInAndMeasureAsync(env, () => env.SignInWithKakaoAsync(ordinary));
        await env.SignOutAsync();
        var huge = await SignInAndMeasureAsync(env, () => env.SignInWithKakaoAsync(bulky));
        var profile = await env.GoAsync("/profile");

        var rawData = env.Logto.Users.FindByIdentity("kakao", "4545454545")!.Identities["kakao"].Details["rawData"]!.ToJsonString();
        output.WriteLine($"rawData {rawData.Length} chars; auth cookie {plain.Cookie} → {huge.Cookie} bytes; session ticket {plain.Ticket} → {huge.Ticket} bytes");
        Assert.True(rawData.Length > 300_000, "The emulator did not hand Logto's userinfo the huge profile.");
        Assert.Equal("Kakao ID 4545454545", profile.Text("linked-identity-id"));
        AssertKeptNoMoreThan(plain, huge);
    }

    [SecurityCase(CatalogueArea.Content, "Huge `custom_data` in Logto's userinfo (64 KB an admin or the Management API stored on the user), with the `custom_data` scope asked for",
        "Signs in; the auth cookie and the session are the same size as for a user without it")]
    [Fact]
    public async Task HugeCustomData_SignsIn_WithoutGrowingTheCookieOrTheSession()
    {
        var customData = new JsonObject { ["notes"] = Repeat(Filler, 4096) };
        await using var env = await EmulatorEnvironment.StartAsync(
            new LogtoEmulatorOptions
            {
                TestAccounts =
                [
                    new TestAccount("plain_user", "bookstore", "Reader", "plain@example.com"),
                    new TestAccount("bulky_user", "bookstore", "Reader", "bulky@example.com") { CustomData = customData },
                ],
            },
            new Dictionary<string, string?> { ["Logto:Scopes"] = "openid profile email offline_access identities roles custom_data" });

        var plain = await SignInAndMeasureAsync(env, () => env.SignInWithPasswordAsync("plain_user", "bookstore"));
        await env.SignOutAsync();
        var huge = await SignInAndMeasureAsync(env, () => env.SignInWithPasswordAsync("bulky_user", "bookstore"));

        output.WriteLine($"custom_data {customData.ToJsonString().Length} chars; auth cookie {plain.Cookie} → {huge.Cookie} bytes; session ticket {plain.Ticket} → {huge.Ticket} bytes");
        AssertKeptNoMoreThan(plain, huge);
    }

    private sealed record Kept(int Cookie, int Ticket, IReadOnlyList<string> ClaimTypes, bool HasFiller);

    /// <summary>The same cookie, the same claim types and (give or take ids and timestamps) the same session ticket.</summary>
    private static void AssertKeptNoMoreThan(Kept plain, Kept huge)
    {
        Assert.InRange(huge.Cookie, 1, MaxAuthCookie);
        Assert.Equal(plain.Cookie, huge.Cookie);
        Assert.Equal(plain.ClaimTypes, huge.ClaimTypes);
        Assert.InRange(huge.Ticket, 1, plain.Ticket + 256);
        Assert.False(huge.HasFiller, "Part of the huge profile was copied into the session.");
    }

    /// <summary>Signs in, then measures the one auth cookie and the server-side ticket behind it.</summary>
    private static async Task<Kept> SignInAndMeasureAsync(EmulatorEnvironment env, Func<Task<BrowserPage>> signIn)
    {
        var home = await signIn();
        Assert.Equal("You are signed in with Logto.", home.Text("auth-state"));

        // One cookie, not the chunks the handler would split a ticket into past ~4 KB.
        var cookie = Assert.Single(env.Browser.Cookies.GetCookies(env.AppBase),
            c => c.Name.StartsWith(SavedTokens.CookieName, StringComparison.Ordinal));
        var ticket = await SavedTokens.ReadAsync(env);
        var claims = ticket.Principal.Claims.ToList();
        return new Kept(
            cookie.Name.Length + 1 + cookie.Value.Length,
            TicketSerializer.Default.Serialize(ticket).Length,
            claims.Select(c => c.Type).Order(StringComparer.Ordinal).ToList(),
            claims.Any(c => c.Value.Contains(Filler)) || ticket.Properties.Items.Values.Any(v => v?.Contains(Filler) == true));
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
