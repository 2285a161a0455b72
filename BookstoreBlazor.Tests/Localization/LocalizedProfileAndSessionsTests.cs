using System.Security.Claims;
using BookstoreBlazor.Api;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Components.Pages.Profile;
using BookstoreBlazor.Components.Pages.Sessions;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Components;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using ProfilePage = BookstoreBlazor.Components.Pages.Profile.Profile;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The profile and sessions pages as an English, Korean or Japanese reader sees them.</summary>
public sealed class LocalizedProfileAndSessionsTests : BookstoreTestContext
{
    private const string ChromeOnWindows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string KakaoTalkOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.9.5";

    private static readonly DateTimeOffset FixedNow = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
    private readonly InMemorySessionStore _store = new();

    public LocalizedProfileAndSessionsTests() => Services.AddFallbackServiceProvider(_store.Services);

    [Theory]
    [InlineData("en", "Your profile", "Linked accounts", "What Logto told Bookstore", "Logto user ID", "Kakao")]
    [InlineData("ko", "내 프로필", "연결된 계정", "Logto가 Bookstore에 알려 준 정보", "Logto 사용자 ID", "카카오")]
    [InlineData("ja", "マイプロフィール", "連携アカウント", "Logto から Bookstore に届いた情報", "Logto ユーザー ID", "カカオ")]
    public void Profile_HeadingsAndClaimLabels_InTheLanguage_ClaimNamesAndValuesUntouched(
        string culture, string heading, string linked, string claims, string userIdLabel, string kakao)
    {
        using var _ = new CultureScope(culture);
        SignInAs(new(LogtoClaimTypes.Subject, "sub-1"), new(LogtoClaimTypes.Name, "Kim Minsu"));

        var cut = Render<ProfilePage>();

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        Assert.Contains(linked, cut.Markup);
        Assert.Contains(claims, cut.Markup);
        var subjectRow = cut.Find("[data-testid=claims-table] tr th");
        Assert.Equal(userIdLabel + " sub", subjectRow.TextContent.Trim());
        Assert.Equal("Kim Minsu", cut.Find("[data-testid=claim-name] .claim-value").TextContent);

        var identities = Render<LinkedIdentities>(p => p.Add(l => l.Identities, [new LinkedIdentity("kakao", "4242", null, null)]));
        Assert.Equal(kakao, identities.Find("[data-testid=linked-identity-kakao] .mud-typography-overline").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Not set", "No roles")]
    [InlineData("ko", "설정 안 됨", "역할 없음")]
    [InlineData("ja", "未設定", "ロールなし")]
    public void Profile_MissingClaims_SayNotSetInTheLanguage(string culture, string notSet, string noRoles)
    {
        using var _ = new CultureScope(culture);
        SignInAs(new Claim(LogtoClaimTypes.Subject, "sub-1"));

        var cut = Render<ProfilePage>();

        Assert.Equal(notSet, cut.Find("[data-testid=claim-email] .not-set").TextContent);
        Assert.Equal(noRoles, cut.Find("[data-testid=claim-roles] .not-set").TextContent);
    }

    [Theory]
    [InlineData("en", "Bookstore API access", "more minutes", "Read your shelf")]
    [InlineData("ko", "Bookstore API 접근 권한", "분", "내 책장 보기")]
    [InlineData("ja", "Bookstore API へのアクセス", "分", "本棚を見る")]
    public void ApiAccessCard_InTheLanguage_ScopeNamesStayAsLogtoSendsThem(string culture, string heading, string minutes, string readShelf)
    {
        using var _ = new CultureScope(culture);
        ApiGrants.IsConfigured = true;
        ApiGrants.Grant = new ApiGrant("https://api.bookstore.example", [ApiScopes.ReadShelf], DateTimeOffset.UtcNow.AddMinutes(30));

        var cut = Render<ApiAccessCard>(p => p.Add(c => c.User, SignInAsKakaoUser()));

        Assert.Contains(heading, cut.Markup);
        Assert.EndsWith(minutes, cut.Find("[data-testid=api-expires]").TextContent);
        Assert.Equal("https://api.bookstore.example", cut.Find("[data-testid=api-resource]").TextContent);
        var chip = cut.Find("[data-testid=api-scopes] .mud-chip");
        Assert.Equal("read:shelf", chip.TextContent.Trim());
        Assert.Equal(readShelf, chip.GetAttribute("title"));
    }

    [Theory]
    [InlineData("en", "Where you're signed in", "This device", "Chrome on Windows", "KakaoTalk in-app browser on iPhone", "2 minutes ago", "Sign out everywhere else")]
    [InlineData("ko", "로그인된 기기", "이 기기", "Windows의 Chrome", "iPhone의 카카오톡 인앱 브라우저", "2분 전", "다른 모든 기기에서 로그아웃")]
    [InlineData("ja", "ログイン中の端末", "この端末", "Windows の Chrome", "iPhone の カカオトーク内ブラウザー", "2分前", "他のすべての端末からログアウト")]
    public async Task SessionsPage_DevicesTimesAndButtons_InTheLanguage(
        string culture, string heading, string thisDevice, string chrome, string kakaoTalk, string twoMinutes, string revokeOthers)
    {
        using var _ = new CultureScope(culture);
        var now = DateTimeOffset.UtcNow;
        await _store.AddAsync(Session("current", ChromeOnWindows, now.AddHours(-1)), Session("phone", KakaoTalkOnIPhone, now.AddMinutes(-2).AddSeconds(-10)));
        SignInAs([.. KakaoClaims(), new Claim(SessionClaimTypes.SessionId, "current")]);

        var cut = Render<SessionsPage>();

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        var rows = cut.FindAll("[data-testid=session-row]");
        Assert.Equal(thisDevice, rows[0].QuerySelector("[data-testid=this-device]")!.TextContent.Trim());
        Assert.Equal(chrome, rows[0].QuerySelector("[data-testid=session-device]")!.TextContent.Trim());
        Assert.Equal(kakaoTalk, rows[1].QuerySelector("[data-testid=session-device]")!.TextContent.Trim());
        Assert.Equal(twoMinutes, rows[1].QuerySelector("[data-testid=session-last-seen]")!.TextContent);
        Assert.Equal(revokeOthers, cut.Find("[data-testid=revoke-others]").TextContent.Trim());
        // The raw header stays the tooltip, whatever the language.
        Assert.Equal(KakaoTalkOnIPhone, rows[1].QuerySelector("[data-testid=session-device]")!.GetAttribute("title"));
    }

    [Theory]
    [InlineData("en", "That session is signed out.")]
    [InlineData("ko", "그 기기에서 로그아웃했어요.")]
    [InlineData("ja", "その端末からログアウトしました。")]
    public async Task SessionsPage_Notice_InTheLanguage(string culture, string text)
    {
        using var _ = new CultureScope(culture);
        await _store.AddAsync(Session("current", ChromeOnWindows, DateTimeOffset.UtcNow));
        SignInAs([.. KakaoClaims(), new Claim(SessionClaimTypes.SessionId, "current")]);
        GoTo("/sessions?notice=session-ended");

        var cut = Render<SessionsPage>();

        Assert.Equal(text, cut.Find("[data-testid=sessions-notice]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", 30, "just now")]
    [InlineData("en", 60, "1 minute ago")]
    [InlineData("en", 3 * 60, "3 minutes ago")]
    [InlineData("en", 3600, "1 hour ago")]
    [InlineData("en", 5 * 86400, "5 days ago")]
    [InlineData("en", 400 * 86400, "1 year ago")]
    [InlineData("ko", 30, "방금")]
    [InlineData("ko", 60, "1분 전")]
    [InlineData("ko", 3 * 60, "3분 전")]
    [InlineData("ko", 2 * 3600, "2시간 전")]
    [InlineData("ko", 5 * 86400, "5일 전")]
    [InlineData("ko", 200 * 86400, "6개월 전")]
    [InlineData("ko", 800 * 86400, "2년 전")]
    [InlineData("ja", 30, "たった今")]
    [InlineData("ja", 60, "1分前")]
    [InlineData("ja", 3 * 60, "3分前")]
    [InlineData("ja", 2 * 3600, "2時間前")]
    [InlineData("ja", 5 * 86400, "5日前")]
    [InlineData("ja", 200 * 86400, "6か月前")]
    [InlineData("ja", 800 * 86400, "2年前")]
    public void RelativeTime_Ago_InEachLanguage(string culture, int secondsAgo, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, RelativeTime.Ago(FixedNow.UtcDateTime.AddSeconds(-secondsAgo), FixedNow, Localizers.For<SessionsText>()));
    }

    [Theory]
    [InlineData("en", "Thursday, November 26, 2026 9:05:07\u202FAM UTC")]
    [InlineData("ko", "2026년 11월 26일 목요일 오전 9:05:07 (UTC)")]
    [InlineData("ja", "2026年11月26日木曜日 9:05:07（UTC）")]
    public void RelativeTime_Exact_IsTheCulturesFullDateAndTime(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, RelativeTime.Exact(new DateTime(2026, 11, 26, 9, 5, 7), Localizers.For<SessionsText>()));
    }

    [Theory]
    [InlineData("en", null, "Unknown browser")]
    [InlineData("ko", null, "알 수 없는 브라우저")]
    [InlineData("ja", null, "不明なブラウザー")]
    [InlineData("ko", "Mozilla/5.0 (X11; Linux x86_64) SomeReader/2.0", "Linux의 알 수 없는 브라우저")]
    [InlineData("ja", "Mozilla/5.0 (X11; Linux x86_64) SomeReader/2.0", "Linux の 不明なブラウザー")]
    [InlineData("en", ChromeOnWindows, "Chrome on Windows")]
    public void UserAgentDescription_Describe_TranslatesOnlyTheWordsAroundTheNames(string culture, string? userAgent, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, UserAgentDescription.Parse(userAgent).Describe(Localizers.For<SessionsText>()));
    }

    private static UserSession Session(string id, string userAgent, DateTimeOffset lastSeen) => new()
    {
        Id = id,
        UserId = KakaoSub,
        Ticket = [],
        CreatedAt = lastSeen.AddDays(-1).UtcDateTime,
        LastSeenAt = lastSeen.UtcDateTime,
        ExpiresAt = lastSeen.AddDays(14).UtcDateTime,
        UserAgent = userAgent,
        IpAddress = "203.0.113.7",
    };

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _store.DisposeAsync();
    }
}
