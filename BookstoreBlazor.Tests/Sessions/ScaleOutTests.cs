using System.Diagnostics;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// Two instances of the app on two ports, one session database and one Logto: a browser signed in on one is signed in
/// on the other, and a sign-out on either ends the session on both.
/// </summary>
public sealed class ScaleOutTests
{
    [Theory]
    [InlineData(SessionFlavour.Postgres)]
    [InlineData(SessionFlavour.Sqlite)]
    public async Task ASignInOnOneInstance_IsSignedInOnTheOther(SessionFlavour flavour)
    {
        await using var database = await SharedSessionDatabase.CreateAsync(flavour);
        await using var a = await EmulatorEnvironment.StartAsync(settings: database.Settings());
        await using var b = await EmulatorEnvironment.StartAppAsync(a.Logto, database.Settings());
        Assert.NotEqual(a.AppBase.Port, b.AppBase.Port);

        await a.SignInWithKakaoAsync(KakaoAccount.Tester);
        SessionInstances.Give(b, SessionInstances.Cookies(a));

        await SessionInstances.AssertSignedInAsync(b, "카카오테스터");
        Assert.Equal(1, await database.CountSessionsAsync());
    }

    [Theory]
    [InlineData(SessionFlavour.Postgres)]
    [InlineData(SessionFlavour.Sqlite)]
    public async Task ASignOutOnOneInstance_EndsTheSessionOnTheOther_WithinTheCacheDuration(SessionFlavour flavour)
    {
        var cacheDuration = TimeSpan.FromSeconds(1);
        await using var database = await SharedSessionDatabase.CreateAsync(flavour);
        var settings = database.Settings(("Sessions:CacheDuration", cacheDuration.ToString("c")));
        await using var a = await EmulatorEnvironment.StartAsync(settings: settings);
        await using var b = await EmulatorEnvironment.StartAppAsync(a.Logto, settings);
        await a.SignInWithKakaoAsync(KakaoAccount.Tester);
        await SessionInstances.AssertSignedInAsync(a, "카카오테스터");
        SessionInstances.Give(b, SessionInstances.Cookies(a));
        await SessionInstances.AssertSignedInAsync(b, "카카오테스터");

        await b.SignOutAsync();
        var signedOutAt = Stopwatch.StartNew();

        Assert.Equal(SessionInstances.SignedOut, await SessionInstances.AuthStateAsync(b));
        Assert.Equal(0, await database.CountSessionsAsync());
        // A may answer from its cache until the entry (made before the sign-out) expires; after that it reads the
        // database, where the session is gone. What counts is when a request was sent, not when a busy machine answered.
        while (true)
        {
            var askedAt = signedOutAt.Elapsed;
            if (await SessionInstances.AuthStateAsync(a) == SessionInstances.SignedOut)
                break;
            Assert.True(askedAt < cacheDuration, $"Instance A still accepted the cookie {askedAt} after the sign-out on B.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
