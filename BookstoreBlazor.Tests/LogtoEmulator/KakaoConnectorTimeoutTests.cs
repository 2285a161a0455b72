using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>
/// Kakao not answering the emulator's connector in time ends the sign-in on the connector's failure page, as Logto
/// does; before, the timeout escaped as an HTTP 500, which 200 concurrent sign-ins on a loaded machine ran into.
/// </summary>
public sealed class KakaoConnectorTimeoutTests
{
    [Fact]
    public async Task KakaoTooSlowForTheConnector_EndsOnTheFailurePage_WithoutAUser()
    {
        // So short that no answer from Kakao can make it: the connector always gives up.
        var options = new LogtoEmulatorOptions { Kakao = { ConnectorTimeout = TimeSpan.FromTicks(1) } };
        await using var env = await EmulatorEnvironment.StartAsync(options);

        var page = await env.SignInWithKakaoAsync(KakaoAccount.Tester);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, page.Uri.Authority);
        Assert.Equal("/callback/kakao-universal", page.Uri.AbsolutePath);
        Assert.Equal("Kakao did not accept the sign-in. Go back to the app and try again.", page.Text("message-text"));
        Assert.Null(env.Logto.FindKakaoUser(KakaoAccount.Tester));
    }
}
