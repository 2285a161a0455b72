using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Load;

/// <summary>
/// Many people signing in at the same moment, each in their own browser, through the whole flow: the app's challenge,
/// Logto, Kakao's consent, the callback, the signed-in page. A bounded test on loopback, not a benchmark.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class ConcurrentSignInTests
{
    private const int People = 200;

    [Fact]
    [SecurityCase(CatalogueArea.Load, $"200 complete Kakao sign-ins at once, each a different person in their own browser",
        "0 failures; afterwards all 200 sessions are stored and each browser is still signed in as its own person")]
    public async Task TwoHundredConcurrentSignIns_AllSucceed_AndEverySessionStaysValid()
    {
        var accounts = Enumerable.Range(1, People)
            .Select(i => new KakaoAccount(7_000_000_000 + i, $"독자{i:000}", $"reader{i:000}@example.com", KakaoProfileImage.Own))
            .ToList();
        // All 200 flows queue behind one another on the machine's cores (on CI, shared with other jobs), so each call
        // between the app, Logto and Kakao, and each write of a new session into the one SQLite file, may wait far
        // longer than on an idle machine: patient limits, so that only a real failure, not a queue, fails a sign-in.
        var options = new LogtoEmulatorOptions { Kakao = { Accounts = accounts, ConnectorTimeout = Patience.Background } };
        var settings = new Dictionary<string, string?>
        {
            ["Logto:Timeout"] = Patience.Background.ToString("c"),
            ["Sessions:DatabaseTimeout"] = Patience.Background.ToString("c"),
        };
        await using var env = await EmulatorEnvironment.StartAsync(options, settings);
        var browsers = accounts.Select(_ => new HttpBrowser()).ToList();
        try
        {
            var signIns = await Task.WhenAll(accounts.Select((account, i) =>
                Attempt(() => env.SignInWithKakaoAsync(account, browser: browsers[i]))));

            var failures = signIns.Where(page => page.Error is not null || page.Page!.Status != HttpStatusCode.OK
                                                 || page.Page.Uri.AbsolutePath != "/").ToList();
            Assert.True(failures.Count == 0,
                $"{failures.Count} of {People} sign-ins failed, e.g. {failures.Select(Describe).FirstOrDefault()}\n" +
                string.Join("\n", env.App.Logs.Lines.Where(l => !l.StartsWith("Information")).Take(5)));

            Assert.Equal(People, await SessionRows.CountAsync(env));
            for (var i = 0; i < People; i++)
            {
                var profile = await browsers[i].GoAsync(new Uri(env.AppBase, "/profile"));
                Assert.Equal("/profile", profile.Uri.AbsolutePath);
                Assert.Contains(accounts[i].Nickname, profile.Text("user-menu"));
            }
            Assert.Equal(People, env.Logto.Users.All.Count(user => user.Identities.ContainsKey("kakao")));
        }
        finally
        {
            browsers.ForEach(browser => browser.Dispose());
        }
    }

    private sealed record Outcome(BrowserPage? Page, Exception? Error);

    private static async Task<Outcome> Attempt(Func<Task<BrowserPage>> signIn)
    {
        try { return new Outcome(await signIn(), null); }
        catch (Exception e) { return new Outcome(null, e); }
    }

    private static string Describe(Outcome outcome) =>
        outcome.Error?.ToString() ?? $"{(int)outcome.Page!.Status} at {outcome.Page.Uri}";
}
