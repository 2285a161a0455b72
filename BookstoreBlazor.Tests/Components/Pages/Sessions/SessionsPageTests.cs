using System.Globalization;
using System.Security.Claims;
using BookstoreBlazor.Components;
using BookstoreBlazor.Components.Pages.Sessions;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Tests.Components.Pages.Sessions;

public class SessionsPageTests : BookstoreTestContext
{
    private const string ChromeOnWindows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string KakaoTalkOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5";

    // The page reads the system clock (bUnit's services already hold one), so times are set relative to it.
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;
    private readonly InMemorySessionStore _store = new();

    public SessionsPageTests()
    {
        Services.AddFallbackServiceProvider(_store.Services);
        // The page renders statically, as the app serves it: no circuit, so nothing on it may need one.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public void Sessions_IsExcludedFromInteractiveRouting_SoItCostsNoCircuit()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(SessionsPage), typeof(ExcludeFromInteractiveRoutingAttribute)));
    }

    [Fact]
    public async Task Sessions_Statically_EndsSessionsOnlyThroughEnhancedFormPosts_ThatNeedNoCircuit()
    {
        await _store.AddAsync(Session("current", KakaoSub), Session("phone", KakaoSub, KakaoTalkOnIPhone));
        SignInWithSession("current");
        GoTo("/sessions?notice=session-ended");

        var cut = Render<SessionsPage>();

        StaticMarkup.AssertWorksWithoutACircuit(cut);
        var forms = cut.FindAll("form");
        Assert.Equal(["/sessions/phone/revoke", "/sessions/revoke-others"], forms.Select(f => f.GetAttribute("action")));
        Assert.All(forms, form => Assert.True(form.HasAttribute("data-enhance")));
    }

    [Fact]
    public async Task Sessions_ListsOnlyTheUsersOwnSessions_ThisDeviceFirst_WithOneThisDeviceChip()
    {
        await _store.AddAsync(Session("other", KakaoSub, KakaoTalkOnIPhone, lastSeen: Now.AddMinutes(-1)),
            Session("current", KakaoSub, ChromeOnWindows, lastSeen: Now.AddMinutes(-5)),
            Session("strangers", "someone-else", ChromeOnWindows));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        var rows = cut.FindAll("[data-testid=session-row]");
        Assert.Equal(["current", "other"], rows.Select(r => r.GetAttribute("data-session-id")));
        Assert.Single(cut.FindAll("[data-testid=this-device]"));
        Assert.Equal("This device", rows[0].QuerySelector("[data-testid=this-device]")?.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-testid=this-device]"));
    }

    [Fact]
    public async Task Sessions_DescribesEachSession_DeviceIpAndTimes()
    {
        var created = Now.AddHours(-2).AddMinutes(-1);
        var lastSeen = Now.AddMinutes(-2).AddSeconds(-10);
        await _store.AddAsync(Session("current", KakaoSub, KakaoTalkOnIPhone, created, lastSeen, ip: "203.0.113.7"));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        Assert.Equal("KakaoTalk in-app browser on iPhone", cut.Find("[data-testid=session-device]").TextContent.Trim());
        Assert.Equal("203.0.113.7", cut.Find("[data-testid=session-ip]").TextContent);
        var createdTime = cut.Find("[data-testid=session-created]");
        Assert.Equal("2 hours ago", createdTime.TextContent);
        // The exact time is the reader's culture's full format (English here), marked UTC.
        Assert.Equal($"{created.ToString("F", CultureInfo.CurrentCulture)} UTC", createdTime.GetAttribute("title"));
        Assert.Equal($"{created:yyyy-MM-dd}T{created:HH:mm:ss}Z", createdTime.GetAttribute("datetime"));
        var lastSeenTime = cut.Find("[data-testid=session-last-seen]");
        Assert.Equal("2 minutes ago", lastSeenTime.TextContent);
        Assert.Equal($"{lastSeen.ToString("F", CultureInfo.CurrentCulture)} UTC", lastSeenTime.GetAttribute("title"));
    }

    [Fact]
    public async Task Sessions_WithoutUserAgentOrIp_SaysUnknown()
    {
        await _store.AddAsync(Session("current", KakaoSub, userAgent: null, ip: null));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        Assert.Equal("Unknown browser", cut.Find("[data-testid=session-device]").TextContent.Trim());
        Assert.Equal("unknown", cut.Find("[data-testid=session-ip]").TextContent);
    }

    [Fact]
    public async Task Sessions_OfferSignOutOnEveryOtherSession_AsAnAntiforgeryCheckedPost_ButNotOnThisDevice()
    {
        await _store.AddAsync(Session("current", KakaoSub), Session("phone", KakaoSub, KakaoTalkOnIPhone), Session("laptop", KakaoSub));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        var current = cut.Find("[data-session-id=current]");
        Assert.Null(current.QuerySelector("[data-testid=revoke-session]"));
        Assert.Null(current.QuerySelector("form"));
        foreach (var id in new[] { "phone", "laptop" })
        {
            var form = cut.Find($"[data-session-id={id}] form");
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal($"/sessions/{id}/revoke", form.GetAttribute("action"));
            Assert.Equal(AntiforgeryTokenValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryFieldName}]")?.GetAttribute("value"));
            Assert.Equal("submit", form.QuerySelector("[data-testid=revoke-session]")?.GetAttribute("type"));
        }
        Assert.Equal("Sign out KakaoTalk in-app browser on iPhone",
            cut.Find("[data-session-id=phone] [data-testid=revoke-session]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Sessions_WithOtherSessions_OffersSignOutEverywhereElse_AsAnAntiforgeryCheckedPost()
    {
        await _store.AddAsync(Session("current", KakaoSub), Session("phone", KakaoSub));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        var form = cut.Find("form[action='/sessions/revoke-others']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector($"input[type=hidden][name={AntiforgeryFieldName}][value={AntiforgeryTokenValue}]"));
        Assert.Equal("Sign out everywhere else", form.QuerySelector("[data-testid=revoke-others]")?.TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=no-other-sessions]"));
    }

    [Fact]
    public async Task Sessions_WhenThisIsTheOnlySession_SaysSoAndOffersNoSignOut()
    {
        await _store.AddAsync(Session("current", KakaoSub), Session("strangers", "someone-else"));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        Assert.Single(cut.FindAll("[data-testid=session-row]"));
        Assert.Empty(cut.FindAll("[data-testid=revoke-others]"));
        Assert.Empty(cut.FindAll("[data-testid=revoke-session]"));
        Assert.Equal("You are not signed in anywhere else.", cut.Find("[data-testid=no-other-sessions]").TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0) Chrome/1.0 \"><img src=x onerror=alert(1)>")]
    public async Task Sessions_WithMarkupInTheUserAgent_RenderItAsText(string userAgent)
    {
        await _store.AddAsync(Session("current", KakaoSub), Session("evil", KakaoSub, userAgent));
        SignInWithSession("current");

        var cut = Render<SessionsPage>();

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
        var device = cut.Find("[data-session-id=evil] [data-testid=session-device]");
        Assert.Equal(userAgent, device.GetAttribute("title"));
        Assert.DoesNotContain("<", device.TextContent);
    }

    [Theory]
    [InlineData("session-ended", "That session is signed out.")]
    [InlineData("others-ended", "You are signed out everywhere else.")]
    public async Task Sessions_AfterEndingSessions_ShowsANotice(string notice, string text)
    {
        await _store.AddAsync(Session("current", KakaoSub));
        SignInWithSession("current");
        GoTo($"/sessions?notice={notice}");

        var cut = Render<SessionsPage>();

        Assert.Equal(text, cut.Find("[data-testid=sessions-notice] .sessions-notice__text").TextContent.Trim());
        Assert.Contains("mud-alert-text-success", cut.Find("[data-testid=sessions-notice]").ClassName);
    }

    [Theory]
    [InlineData("/sessions?notice=signed-out")]
    [InlineData("/sessions?notice=<b>hacked</b>")]
    [InlineData("/sessions")]
    public async Task Sessions_WithUnknownOrNoNotice_ShowsNoNotice(string page)
    {
        await _store.AddAsync(Session("current", KakaoSub));
        SignInWithSession("current");
        GoTo(page);

        var cut = Render<SessionsPage>();

        Assert.Empty(cut.FindAll("[data-testid=sessions-notice]"));
        Assert.DoesNotContain("hacked", cut.Markup);
    }

    [Fact]
    public async Task Sessions_DismissingTheNotice_IsALinkToThePageWithoutIt_WhichShowsNone()
    {
        await _store.AddAsync(Session("current", KakaoSub));
        SignInWithSession("current");
        GoTo("/sessions?notice=session-ended");
        var cut = Render<SessionsPage>();

        var dismiss = cut.Find("[data-testid=sessions-notice] a[data-testid=dismiss-notice]");
        Assert.Equal("/sessions", dismiss.GetAttribute("href"));
        Assert.Equal("Dismiss", dismiss.GetAttribute("aria-label"));
        Navigation.NavigateTo(dismiss.GetAttribute("href")!);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=sessions-notice]")));
    }

    private void SignInWithSession(string sessionId) =>
        SignInAs([.. KakaoClaims(), new Claim(SessionClaimTypes.SessionId, sessionId)]);

    private static UserSession Session(string id, string userId, string? userAgent = ChromeOnWindows, DateTimeOffset? created = null,
        DateTimeOffset? lastSeen = null, string? ip = "198.51.100.1") => new()
    {
        Id = id,
        UserId = userId,
        Ticket = [],
        CreatedAt = (created ?? Now.AddDays(-1)).UtcDateTime,
        LastSeenAt = (lastSeen ?? Now.AddMinutes(-10)).UtcDateTime,
        ExpiresAt = Now.AddDays(14).UtcDateTime,
        UserAgent = userAgent,
        IpAddress = ip,
    };

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _store.DisposeAsync();
    }
}
