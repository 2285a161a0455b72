using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>The auth cookie holds only a key; claims and tokens live in the database and survive a restart.</summary>
public sealed class ServerSideSessionTests
{
    [SecurityCase(CatalogueArea.Hardening, "Tokens in the browser",
        "The auth cookie holds only a random session key (≤ 512 bytes), never a token")]
    [Fact]
    public async Task AfterAKakaoSignIn_TheAuthCookieIsAtMost512Bytes_AndHoldsNoTokens()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        SessionInstances.AssertSmallAuthCookie(env);
        var ticket = await SavedTokens.ReadAsync(env);
        Assert.False(string.IsNullOrEmpty(ticket.Properties.GetTokenValue("refresh_token")));
        Assert.Equal("카카오테스터", ticket.Principal.FindFirst("name")?.Value);
    }

    [Fact]
    public async Task Restart_KeepsTheSameCookieSignedIn()
    {
        await using var database = await SharedSessionDatabase.CreateAsync(SessionFlavour.Sqlite);
        await SessionInstances.AssertRestartKeepsTheCookieSignedInAsync(database.Settings());
    }
}
