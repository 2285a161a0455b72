using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Components.Pages.Clubs;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Tests.Components;
using BookstoreBlazor.Tests.Components.Pages.Clubs;
using Bunit;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>Book clubs as an English, Korean or Japanese reader meets them; club and user names stay as they are.</summary>
public sealed class LocalizedClubsTests : ClubTestContext
{
    private const string FriendEmail = "minsu@example.com";

    private static string[] Texts<T>(IRenderedComponent<T> cut, string selector) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll(selector).Select(e => Normalized(e.TextContent)).ToArray();

    [Theory]
    [InlineData("en", "Book clubs", "Owner", "Member", "Invitations", "2 invitations waiting")]
    [InlineData("ko", "독서 모임", "운영자", "멤버", "받은 초대", "기다리는 초대 2개")]
    [InlineData("ja", "読書会", "オーナー", "メンバー", "招待", "返事待ちの招待 2 件")]
    public void Clubs_NamesRolesAndTheWaitingInvitations_InTheLanguage(string culture, string heading, string owner, string member,
        string invitations, string waiting)
    {
        using var _ = new CultureScope(culture);
        Directory.Clubs[Club] = new ClubInfo(Club, ClubName, null);
        Directory.Clubs[OtherClub] = new ClubInfo(OtherClub, "漱石を読む会", null);
        Directory.InvitationsByEmail[OwnerEmail] =
        [
            new("inv1", "club3", "Poets", OwnerEmail, DateTimeOffset.UtcNow.AddDays(3), null),
            new("inv2", "club4", "Essays", OwnerEmail, DateTimeOffset.UtcNow.AddDays(3), null),
        ];
        SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"), (OtherClub, "member"));

        var cut = RenderPage<ClubsPage>("/clubs");

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        Assert.Equal([ClubName, "漱石を読む会"], Texts(cut, "[data-testid=club-card-name]"));
        Assert.Equal([owner, member], Texts(cut, "[data-testid=club-card-role]"));
        Assert.Equal(invitations, Text(cut, "clubs-invitations-link"));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".mud-badge").TextContent.Trim()), Patience);
        Assert.Contains($"aria-label=\"{waiting}\"", cut.Find("[data-testid=clubs-invitation-badge]").OuterHtml);
    }

    [Theory]
    [InlineData("en", "You are not in a book club yet", "See your invitations")]
    [InlineData("ko", "아직 참여한 독서 모임이 없어요", "받은 초대 보기")]
    [InlineData("ja", "まだ読書会に参加していません", "招待を見る")]
    public void Clubs_NoneYet_SaysSoInTheLanguage(string culture, string title, string button)
    {
        using var _ = new CultureScope(culture);
        SignInWithClubs(MemberSub, MemberName, FriendEmail);

        var cut = RenderPage<ClubsPage>("/clubs");

        Assert.Equal(title, cut.Find("[data-testid=clubs-empty] h2").TextContent.Trim());
        Assert.Equal(button, Text(cut, "clubs-empty-invitations"));
    }

    [Theory]
    [InlineData("en", "Reading list|What members are reading|Members|Invite people", "Waiting for an answer", "Email address", "Send invitation", "Owner", "expires in 7 days")]
    [InlineData("ko", "읽을 책 목록|멤버들이 읽고 있는 책|멤버|초대하기", "답을 기다리는 초대", "이메일 주소", "초대 보내기", "운영자", "7일 후 만료")]
    [InlineData("ja", "読書リスト|メンバーが読んでいる本|メンバー|メンバーを招待", "返事待ちの招待", "メールアドレス", "招待を送る", "オーナー", "あと7日で期限切れ")]
    public void ClubPage_AsOwner_SectionsAndTheInviteForm_InTheLanguage(string culture, string headings, string waiting, string emailLabel,
        string send, string owner, string expires)
    {
        using var _ = new CultureScope(culture);
        DirectoryKnowsTheClub();
        Directory.PendingOfClub[Club] = [new("inv1", Club, ClubName, "friend@example.com", DateTimeOffset.UtcNow.AddDays(7).AddMinutes(5), OwnerName)];
        SignInAsOwner();

        var cut = RenderClub();

        Assert.Equal(ClubName, Text(cut, "club-name"));
        Assert.Equal(owner, Text(cut, "club-my-role"));
        Assert.Equal(headings.Split('|'), Texts(cut, "h2"));
        Assert.Equal(waiting, cut.Find("[data-testid=club-invite] h3").TextContent.Trim());
        Assert.Equal(emailLabel, cut.Find("[data-testid=club-invite] label").TextContent.Trim());
        Assert.Equal(send, Text(cut, "club-invite-send"));
        Assert.Contains(expires, cut.Find("[data-testid=club-invite-pending]").TextContent);
        Assert.Equal([owner], Texts(cut, $"[data-subject={OwnerSub}] [data-testid=club-member-role]"));
    }

    [Theory]
    [InlineData("en", "That is not a valid email address. Enter one address, such as name@example.com.")]
    [InlineData("ko", "올바른 이메일 주소가 아니에요. name@example.com처럼 주소를 하나만 입력하세요.")]
    [InlineData("ja", "有効なメールアドレスではありません。name@example.com のように、アドレスを1つ入力してください。")]
    public async Task ClubPage_InvitingAMalformedAddress_IsAnsweredInTheLanguage_WithoutAskingLogto(string culture, string message)
    {
        using var _ = new CultureScope(culture);
        DirectoryKnowsTheClub();
        SignInAsOwner();
        var cut = RenderClub();

        await cut.Find("input[data-testid=club-invite-email]").InputAsync(new() { Value = "friend at example.com" });
        await cut.Find("form[data-testid=club-invite-form]").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=club-invite] .mud-input-helper-text").TextContent.Trim()), Patience);
        Assert.Equal("true", cut.Find("input[data-testid=club-invite-email]").GetAttribute("aria-invalid"));
        Assert.DoesNotContain(Directory.Calls, call => call.StartsWith("Invite(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", ClubAccessState.NotAMember, "not-a-member", "You are not a member of this club")]
    [InlineData("ko", ClubAccessState.NotAMember, "not-a-member", "이 독서 모임의 멤버가 아니에요")]
    [InlineData("ja", ClubAccessState.NotAMember, "not-a-member", "この読書会のメンバーではありません")]
    [InlineData("en", ClubAccessState.NeedsSignIn, "needs-sign-in", "Sign in again to use clubs")]
    [InlineData("ko", ClubAccessState.NeedsSignIn, "needs-sign-in", "독서 모임을 이용하려면 다시 로그인하세요")]
    [InlineData("ja", ClubAccessState.NeedsSignIn, "needs-sign-in", "読書会を使うにはもう一度ログインしてください")]
    [InlineData("en", ClubAccessState.SignedOut, "signed-out", "Your session has ended")]
    [InlineData("ko", ClubAccessState.SignedOut, "signed-out", "세션이 끝났어요")]
    [InlineData("ja", ClubAccessState.SignedOut, "signed-out", "セッションが終了しました")]
    [InlineData("en", ClubAccessState.Unavailable, "unavailable", "The club could not be opened just now")]
    [InlineData("ko", ClubAccessState.Unavailable, "unavailable", "지금은 독서 모임을 열 수 없어요")]
    [InlineData("ja", ClubAccessState.Unavailable, "unavailable", "今は読書会を開けません")]
    public void ClubPage_Refused_SaysWhyInTheLanguage(string culture, ClubAccessState state, string reason, string title)
    {
        using var _ = new CultureScope(culture);
        SignInWithClubs(MemberSub, MemberName, FriendEmail, (Club, "member"));
        ClubAccess.Answer(Club, state);

        var cut = RenderClub();

        Assert.Equal(reason, cut.Find("[data-testid=club-refusal]").GetAttribute("data-reason"));
        Assert.Equal(title, Text(cut, "club-refusal-title"));
        var english = culture == "en";
        Assert.Equal(english, IsAscii(Text(cut, "club-refusal-text")));
        Assert.Equal(english, IsAscii(Text(cut, "club-refusal-clubs")));
        if (state == ClubAccessState.Unavailable)
            Assert.Equal(english, IsAscii(Text(cut, "club-retry")));
    }

    [Theory]
    [InlineData("en", "Club invitations", "Invited by", "expires in 6 days", "expires in 1 hour", "Accept", "Decline", "Accept the invitation to ")]
    [InlineData("ko", "독서 모임 초대", "초대한 사람:", "6일 후 만료", "1시간 후 만료", "수락", "거절", "초대 수락: ")]
    [InlineData("ja", "読書会への招待", "招待した人:", "あと6日で期限切れ", "あと1時間で期限切れ", "承諾", "辞退", "招待を承諾: ")]
    public void Invitations_InTheLanguage_ClubAndInviterAsTheyAre(string culture, string heading, string invitedBy, string days, string hour,
        string accept, string decline, string acceptLabel)
    {
        using var _ = new CultureScope(culture);
        Directory.InvitationsByEmail[FriendEmail] =
        [
            new("inv-readers", Club, ClubName, FriendEmail, DateTimeOffset.UtcNow.AddDays(6).AddMinutes(5), OwnerName),
            new("inv-poets", OtherClub, "漱石を読む会", FriendEmail, DateTimeOffset.UtcNow.AddHours(1).AddMinutes(5), null),
        ];
        SignInWithClubs(MemberSub, MemberName, FriendEmail);

        var cut = RenderPage<InvitationsPage>("/clubs/invitations");

        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        var readers = cut.Find("[data-invitation-id=inv-readers]");
        var details = readers.QuerySelector("[data-testid=invitation-expires]")!.ParentElement!.TextContent;
        Assert.Equal($"{invitedBy} {OwnerName} · {days}", Normalized(details));
        Assert.Equal(OwnerName, readers.QuerySelector("[data-testid=invitation-inviter]")!.TextContent);
        Assert.Equal(days, readers.QuerySelector("[data-testid=invitation-expires]")!.TextContent);
        Assert.Equal(hour, cut.Find("[data-invitation-id=inv-poets] [data-testid=invitation-expires]").TextContent);
        Assert.Equal(accept, readers.QuerySelector("[data-testid=invitation-accept]")!.TextContent.Trim());
        Assert.Equal(decline, readers.QuerySelector("[data-testid=invitation-decline]")!.TextContent.Trim());
        Assert.Equal(acceptLabel + ClubName, readers.QuerySelector("[data-testid=invitation-accept]")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("en", "No invitation is waiting for minsu@example.com.", "Your book clubs")]
    [InlineData("ko", "minsu@example.com 앞으로 온 초대가 없어요.", "내 독서 모임")]
    [InlineData("ja", "minsu@example.com 宛ての招待はありません。", "参加中の読書会")]
    public void Invitations_None_InTheLanguage_WithTheAddressIsolated(string culture, string none, string link)
    {
        using var _ = new CultureScope(culture);
        SignInWithClubs(MemberSub, MemberName, FriendEmail);

        var cut = RenderPage<InvitationsPage>("/clubs/invitations");

        Assert.Equal(none, Normalized(cut.Find("[data-testid=invitations-none] p").TextContent));
        Assert.Equal(FriendEmail, cut.Find("[data-testid=invitations-none] bdi").TextContent);
        Assert.Equal(link, cut.Find("[data-testid=invitations-none] a").TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Invitations need Logto's Management API")]
    [InlineData("ko", "초대에는 Logto Management API가 필요해요.")]
    [InlineData("ja", "招待には Logto の Management API が必要です。")]
    public void Invitations_WithoutTheManagementApi_SayWhatToSet_InTheLanguage(string culture, string start)
    {
        using var _ = new CultureScope(culture);
        Directory.IsConfigured = false;
        SignInWithClubs(MemberSub, MemberName, FriendEmail);

        var cut = RenderPage<InvitationsPage>("/clubs/invitations");

        var text = Text(cut, "invitations-not-configured");
        Assert.StartsWith(start, text);
        // Setting names are configuration keys, the same in every language.
        Assert.Contains("Logto:Management:AppId", text);
        Assert.Contains("Logto:Management:AppSecret", text);
    }

    [Theory]
    [InlineData("en", 1, "expires in 1 day")]
    [InlineData("en", 2, "expires in 2 days")]
    [InlineData("ko", 1, "1일 후 만료")]
    [InlineData("ko", 2, "2일 후 만료")]
    [InlineData("ja", 1, "あと1日で期限切れ")]
    [InlineData("ja", 2, "あと2日で期限切れ")]
    public void Expires_CountsDaysTheLanguagesWay(string culture, int days, string expected)
    {
        using var _ = new CultureScope(culture);
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, Localizers.For<ClubsText>().Expires(now.AddDays(days), now));
    }

    [Theory]
    [InlineData("en", "12/11/2026", "UTC")]
    [InlineData("ko", "2026. 12. 11.", "(UTC)")]
    [InlineData("ja", "2026/12/11 12:05", "（UTC）")]
    public void Exact_WritesTheDateTheLanguagesWay_InUtc(string culture, string date, string zone)
    {
        using var _ = new CultureScope(culture);

        var exact = Localizers.For<ClubsText>().Exact(new DateTimeOffset(2026, 12, 11, 21, 5, 0, TimeSpan.FromHours(9)));

        Assert.StartsWith(date, exact);
        Assert.EndsWith(zone, exact);
    }

    [Theory]
    [InlineData("en", "Invitation sent to friend@example.com. They can accept it on their invitations page within 7 days.", "You joined 漱石を読む会.")]
    [InlineData("ko", "초대를 보냈어요: friend@example.com. 받는 사람은 7일 안에 받은 초대 페이지에서 수락할 수 있어요.", "독서 모임에 참여했어요: 漱石を読む会")]
    [InlineData("ja", "friend@example.com に招待を送りました。相手は7日以内に招待ページで承諾できます。", "漱石を読む会に参加しました。")]
    public void InvitationOutcomes_AreWordedInTheLanguageOfTheRequest(string culture, string sent, string accepted)
    {
        using var _ = new CultureScope(culture);
        var outcomes = new InvitationOutcomes(Localizers.For<ClubsText>());
        var invitation = new ClubInvitation("inv1", OtherClub, "漱石を読む会", "friend@example.com", DateTimeOffset.UtcNow.AddDays(7), null);

        Assert.Equal(sent, outcomes.Sent(invitation).Message);
        Assert.Equal(accepted, outcomes.Accepted(invitation).Message);
        Assert.Equal(culture == "en", IsAscii(outcomes.Unavailable.Message));
    }

    private static bool IsAscii(string text) => text.All(char.IsAscii);
}
