using System.Net;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>How the emulator reads an authorization request: PKCE and Logto's own parameters.</summary>
public sealed class AuthorizationRequestTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task WithoutPkce_TheRequestIsRefused()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["code_challenge"] = null, ["code_challenge_method"] = null });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("code_challenge", page.Html);
    }

    [Fact]
    public async Task PlainPkce_IsRefused()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["code_challenge_method"] = "plain" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task AnUnregisteredRedirectUri_IsRefused_WithoutRedirecting()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["redirect_uri"] = "http://app.test/elsewhere" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Empty(page.Redirects);
    }

    [Fact]
    public async Task ByDefault_TheSignInScreenComesFirst()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync();

        Assert.Equal("/sign-in", page.Uri.AbsolutePath);
        Assert.Equal("Sign in to your account", page.Text("title"));
    }

    [Theory]
    [InlineData("register", null, "/register")]
    [InlineData("identifier:register", null, "/register")]
    [InlineData(null, "signUp", "/register")]
    [InlineData("sign_in", "signUp", "/sign-in")]
    [InlineData("reset_password", null, "/sign-in")]
    public async Task FirstScreen_AndLegacyInteractionMode_PickTheFirstScreen(string? firstScreen, string? interactionMode, string expected)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["first_screen"] = firstScreen, ["interaction_mode"] = interactionMode,
        });

        Assert.Equal(expected, page.Uri.AbsolutePath);
        Assert.Equal(expected == "/register" ? "Create your account" : "Sign in to your account", page.Text("title"));
    }

    [Fact]
    public async Task DirectSignInToKakao_GoesStraightToKakao()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["direct_sign_in"] = "social:kakao" });

        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, page.Uri.AbsolutePath);
        Assert.DoesNotContain(page.Redirects, u => u.AbsolutePath == "/sign-in");
    }

    [Theory]
    [InlineData("social:google")]
    [InlineData("sso:unknown")]
    [InlineData("kakao")]
    public async Task DirectSignInToAnUnknownTarget_FallsBackToTheSignInScreen(string target)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["direct_sign_in"] = target });

        Assert.Equal("/sign-in", page.Uri.AbsolutePath);
    }

    [Fact]
    public async Task LoginHint_PrefillsTheIdentifier_AndUiLocalesIsAccepted()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["login_hint"] = "reader", ["ui_locales"] = "ko en" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("reader", page.Form().Fields["identifier"]);
    }

    [Fact]
    public async Task PromptNone_WithoutASession_AnswersLoginRequired()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["prompt"] = "none" });

        Assert.True(OidcTestClient.IsCallback(page.Uri));
        Assert.Equal("login_required", OidcTestClient.Query(page.Uri)["error"]);
    }

    [Fact]
    public async Task PromptLogin_AsksAgainEvenWithASession()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await probe.Client.AuthorizeAsync();
        await probe.Browser.SubmitAsync(signIn, Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);

        var again = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["prompt"] = "login" });
        var silent = await probe.Client.AuthorizeAsync();

        Assert.Equal("/sign-in", again.Uri.AbsolutePath);
        Assert.True(OidcTestClient.IsCallback(silent.Uri));
    }

    [Fact]
    public async Task KakaoCancel_ReturnsAccessDeniedToTheApp_WithItsState()
    {
        await using var probe = emulator.NewProbe();
        var consent = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["direct_sign_in"] = "social:kakao" });

        var callback = await probe.Browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = KakaoAccount.Tester.Id.ToString(), ["decision"] = "cancel",
        }, stopAt: OidcTestClient.IsCallback);

        var query = OidcTestClient.Query(callback.Uri);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, query["iss"]);
    }

    [Fact]
    public async Task AnAuthorizationErrorFault_AnswersTheRedirectUri_WithTheErrorItsStateAndIss()
    {
        await using var probe = await EmulatorProbe.StartAsync(new LogtoEmulatorOptions { AuthorizationError = "temporarily_unavailable" });

        var callback = await probe.Client.AuthorizeAsync();

        Assert.True(OidcTestClient.IsCallback(callback.Uri));
        var query = OidcTestClient.Query(callback.Uri);
        Assert.Equal("temporarily_unavailable", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, query["iss"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task APushedRequest_IsActedOn_AndRecordedWithoutTheClientSecret()
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var (status, pushed, page) = await PushedAuthorization.OpenAsync(probe, new Dictionary<string, string?> { ["first_screen"] = "register" });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("/register", page.Uri.AbsolutePath);
        var log = probe.Logto.AuthorizationRequests;
        Assert.Equal("register", log.LastPushed!["first_screen"]);
        Assert.DoesNotContain("client_secret", log.LastPushed.Keys);
        Assert.Equal("register", log.LastAuthorization!["first_screen"]);
        Assert.Equal(pushed["code_challenge"], log.LastAuthorization["code_challenge"]);
    }

    [Fact]
    public async Task ARequestOpenIddictRefuses_IsNotRecorded()
    {
        await using var probe = await EmulatorProbe.StartAsync();

        await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["redirect_uri"] = "http://app.test/elsewhere" });

        Assert.Null(probe.Logto.AuthorizationRequests.LastAuthorization);
    }

    public static Dictionary<string, string?> Password(string identifier, string password) =>
        new() { ["identifier"] = identifier, ["password"] = password };
}
