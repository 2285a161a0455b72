using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>Logs say why a sign-in failed and which request it was, and never carry a token or a secret.</summary>
public sealed class LoggingTests
{
    [SecurityCase(CatalogueArea.Hardening, "A failed sign-in in the logs",
        "Logged with its reason and the request id")]
    [Fact]
    public async Task AFailedSignIn_IsLoggedWithItsReasonAndRequestId()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester, agree: false);

        var line = Assert.Single(env.App.Logs.Lines, l => l.Contains("Sign-in did not complete"));
        Assert.Matches(@"Sign-in did not complete: access_denied \(request [^)]+\)", line);
    }

    [SecurityCase(CatalogueArea.Hardening, "Secrets in the logs",
        "No token, client secret or session key appears in any log line")]
    [Fact]
    public async Task SignInRefreshAndSignOut_LogNoTokenSecretOrSessionKey()
    {
        // Tokens live 10 minutes and are due 2 seconds after they are issued, on the app's clock, which the test moves.
        var clock = new SettableClock();
        await using var env = await EmulatorEnvironment.StartAsync(new() { AccessTokenLifetime = TimeSpan.FromMinutes(10) },
            new Dictionary<string, string?> { ["Sessions:RefreshLeeway"] = "00:09:58" }, clock);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var signedIn = await SavedTokens.ReadAsync(env);
        var cookie = env.Browser.Cookies.GetCookies(env.AppBase)[SavedTokens.CookieName]!.Value;
        clock.Advance(TimeSpan.FromSeconds(2.5));
        await env.GoAsync("/profile"); // refreshes
        var refreshed = await SavedTokens.ReadAsync(env);
        await env.SignOutAsync();

        string[] secrets =
        [
            signedIn.Properties.GetTokenValue("access_token")!, signedIn.Properties.GetTokenValue("refresh_token")!,
            signedIn.Properties.GetTokenValue("id_token")!, refreshed.Properties.GetTokenValue("access_token")!,
            refreshed.Properties.GetTokenValue("refresh_token")!, env.Logto.DefaultClient.ClientSecret, cookie,
            // The profile asked for the API resource's token too.
            refreshed.Properties.GetTokenValue("api_access_token")!,
        ];
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Refreshed the tokens"));
        Assert.All(secrets, secret => Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal)));
    }
}
