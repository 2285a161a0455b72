using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>
/// Another connection holds the write lock of the SQLite session file (a backup, a stuck script). The app waits
/// <c>Sessions:DatabaseTimeout</c> for it, then answers: readers still read, writes get the 503 page.
/// </summary>
public sealed class SqliteLockedTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Sessions:DatabaseTimeout"] = "00:00:01",
        // Every page load reads the database, as it does once an instance's short cache has lapsed.
        ["Sessions:CacheDuration"] = "00:00:00.001",
    };

    [SecurityCase(CatalogueArea.Faults, "SQLite session file locked by another writer when a sign-in completes",
        "503 page (nothing lost, sign in again); no session; `/health/ready` 503; after the lock, a new sign-in works")]
    [Fact]
    public async Task CompletingASignIn_WhileTheFileIsLocked_Gets503_AndWorksOnceItIsFree()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: Settings);
        var consent = await env.GoAsync("/sign-in/kakao");

        BrowserPage page;
        using (SqliteWriteLock.Take(env.App.DatabasePath!))
        {
            page = await env.Browser.SubmitAsync(consent, KakaoAgree);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await SessionStoreOutagePage.ReadinessAsync(env));
        }

        Assert.Equal("/callback", page.Uri.AbsolutePath);
        SessionStoreOutagePage.AssertShown(page, SessionStoreOutagePage.SignInText, "/sign-in");
        Assert.Null(SessionInstances.Cookies(env)[SavedTokens.CookieName]);
        Assert.Equal(0, await SessionCountAsync(env));
        Assert.Equal(HttpStatusCode.OK, await SessionStoreOutagePage.ReadinessAsync(env));
        // Logto (the emulator) still has its session from the first attempt, so signing in again needs no new consent.
        var again = await env.GoAsync("/sign-in");
        Assert.Equal("/", again.Uri.AbsolutePath);
        await SessionInstances.AssertSignedInAsync(env, "카카오테스터");
    }

    [SecurityCase(CatalogueArea.Faults, "SQLite session file locked by another writer while a signed-in user browses and signs out",
        "Pages still load (reads are not blocked); sign-out gets the 503 page and changes nothing; after the lock, still signed in and sign-out works")]
    [Fact]
    public async Task SignedIn_WhileTheFileIsLocked_PagesLoad_SignOutGets503_AndTheSessionSurvives()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: Settings);
        await env.SignInWithKakaoAsync(KakaoAccount.Tester);
        var confirmation = await env.GoAsync("/sign-out");
        var refreshToken = (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!;
        // Due for its last-seen update, the one write a page load makes.
        await using (var db = await Databases(env).CreateDbContextAsync())
            await db.Sessions.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, DateTime.UtcNow.AddMinutes(-10)));

        BrowserPage profile, signOut;
        using (SqliteWriteLock.Take(env.App.DatabasePath!))
        {
            profile = await env.GoAsync("/profile");
            signOut = await env.Browser.SubmitAsync(confirmation, action: "/sign-out");
        }

        Assert.Equal("카카오테스터", profile.Text("profile-name"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("last-seen time was not recorded: the database is busy"));
        SessionStoreOutagePage.AssertShown(signOut, SessionStoreOutagePage.SignOutText, "/sign-out");
        // The sign-out stopped before Logto: the refresh token was not revoked behind a session that lives on.
        Assert.True(await new OidcTestClient(env.Logto, env.Browser).IsActiveAsync(refreshToken));
        await SessionInstances.AssertSignedInAsync(env, "카카오테스터");
        var signedOut = await env.SignOutAsync();
        Assert.Equal("You are signed out of Bookstore and Logto.", signedOut.Text("notice"));
        Assert.Equal(0, await SessionCountAsync(env));
    }

    private static readonly Dictionary<string, string?> KakaoAgree = new()
    {
        ["account"] = KakaoAccount.Tester.Id.ToString(),
        ["decision"] = "agree",
        ["share_email"] = "true",
    };

    private static IDbContextFactory<BookstoreDbContext> Databases(EmulatorEnvironment env) =>
        env.App.Services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>();

    private static async Task<int> SessionCountAsync(EmulatorEnvironment env)
    {
        await using var db = await Databases(env).CreateDbContextAsync();
        return await db.Sessions.CountAsync();
    }
}
