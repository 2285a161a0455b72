using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>The simulated Kakao holds the emulator's Kakao connector to Kakao's rules.</summary>
public sealed class KakaoSimulatorTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task ConsentPage_ForAnUnknownAppKey_IsRefused()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Browser.GoAsync(Authorize(probe, clientId: "someone-elses-key", redirectUri: probe.Url("callback/kakao-universal")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("KOE006", page.Text("message-text"));
    }

    [Fact]
    public async Task ConsentPage_ForAnUnregisteredRedirectUri_IsRefused()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Browser.GoAsync(Authorize(probe, probe.Logto.Options.Kakao.RestApiKey, new Uri("https://evil.example/callback")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task ConsentPage_ListsTheAccountsInKoreanAndEnglish()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Browser.GoAsync(Authorize(probe, probe.Logto.Options.Kakao.RestApiKey, probe.Url("callback/kakao-universal")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("카카오테스터", page.Text($"kakao-account-{KakaoAccount.Tester.Id}"));
        Assert.Contains("이메일 없음 · no email", page.Text($"kakao-account-{KakaoAccount.WithoutEmail.Id}"));
        Assert.Equal("동의하고 계속하기 · Agree and continue", page.Text("kakao-agree"));
        Assert.Equal("취소 · Cancel", page.Text("kakao-cancel"));
    }

    [Fact]
    public async Task TokenEndpoint_RefusesAWrongSecret_AndACodeUsedTwice()
    {
        await using var probe = emulator.NewProbe();
        var kakao = probe.Logto.Options.Kakao;
        var redirect = probe.Url("callback/kakao-universal").AbsoluteUri;
        var simulator = (KakaoSimulator)probe.Logto.Services.GetService(typeof(KakaoSimulator))!;
        var code = simulator.IssueCode(KakaoAccount.Tester, redirect, emailShared: true);
        using var http = new HttpClient();

        async Task<HttpStatusCode> RedeemAsync(string secret) => (await http.PostAsync(probe.Url("kakao/oauth/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = kakao.RestApiKey,
                ["client_secret"] = secret, ["redirect_uri"] = redirect,
            }))).StatusCode;

        Assert.Equal(HttpStatusCode.BadRequest, await RedeemAsync("wrong-secret"));
        code = simulator.IssueCode(KakaoAccount.Tester, redirect, emailShared: true);
        Assert.Equal(HttpStatusCode.OK, await RedeemAsync(kakao.ClientSecret));
        Assert.Equal(HttpStatusCode.BadRequest, await RedeemAsync(kakao.ClientSecret));
    }

    [Fact]
    public async Task UserMe_WithoutAValidToken_Is401()
    {
        await using var probe = emulator.NewProbe();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "made-up");

        var response = await http.PostAsync(probe.Url("kakao/v2/user/me"), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ConnectorCallback_WithAForeignState_IsRefused_AndSignsNobodyIn()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["direct_sign_in"] = "social:kakao" });

        var page = await probe.Browser.GoAsync(probe.Url("callback/kakao-universal?code=anything&state=forged"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain(probe.Logto.Users.All, u => u.Identities.Count > 0);
    }

    private static Uri Authorize(EmulatorProbe probe, string clientId, Uri redirectUri) =>
        new(QueryHelpers.AddQueryString(probe.Url("kakao/oauth/authorize").AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["redirect_uri"] = redirectUri.AbsoluteUri, ["response_type"] = "code", ["state"] = "s",
        }));
}
