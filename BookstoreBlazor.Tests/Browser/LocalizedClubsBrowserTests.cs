using BookstoreBlazor.Catalog;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Organizations;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// Book clubs in Chromium in Korean and Japanese, chosen through the language menu's endpoint: the owner's club page
/// (with the invite form refusing a malformed address) and the invitations page. The screenshots are the README's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LocalizedClubsBrowserTests
{
    [Fact]
    public async Task AnOwner_ReadsTheClubInKorean_AndTheirInvitationsInJapanese()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var services = session.Environment.App.Services;
        var soseki = session.Logto.Organizations.FindByName(OrganizationSeed.SosekiReaders.Name)!;
        var midnight = session.Logto.Organizations.FindByName(OrganizationSeed.MidnightReaders.Name)!;

        // 새내기 owns 漱石を読む会 from the first Kakao sign-in; its list holds one book and one invitation is pending.
        await session.SignInWithKakaoAsync(KakaoAccount.WithDefaultImage);
        var owner = session.Logto.FindKakaoUser(KakaoAccount.WithDefaultImage)!.Id;
        var kokoro = (await services.GetRequiredService<BookCatalog>().SearchAsync(CatalogQuery.From("こころ", null, null, null, null))).Books.First();
        await services.GetRequiredService<ClubReadingList>().AddAsync(soseki.Id, kokoro.Isbn, new ClubBookAdder(owner, "새내기"));
        var directory = services.GetRequiredService<IClubDirectory>();
        Assert.True((await directory.InviteAsync(soseki.Id, KakaoAccount.Tester.Email, owner)).Succeeded);
        // The owner of 한밤의 독서회 invites 새내기 there.
        var reader = session.Logto.Users.FindByIdentifier("reader")!.Id;
        Assert.True((await directory.InviteAsync(midnight.Id, KakaoAccount.WithDefaultImage.Email, reader)).Succeeded);

        await session.GotoAsync($"/culture?culture=ko&returnUrl={Uri.EscapeDataString($"/clubs/{soseki.Id}")}");
        await Expect(page.GetByTestId("club-name")).ToHaveTextAsync(OrganizationSeed.SosekiReaders.Name);
        await Expect(page.GetByTestId("club-my-role")).ToHaveTextAsync("운영자");
        await Expect(page.Locator("h2")).ToHaveTextAsync(["읽을 책 목록", "멤버들이 읽고 있는 책", "멤버", "초대하기"]);
        await Expect(page.GetByTestId("club-invite-pending")).ToContainTextAsync("7일 후 만료");
        await page.GetByTestId("club-invite-email").FillAsync("friend at example.com");
        await page.GetByTestId("club-invite-send").ClickAsync();
        await Expect(page.GetByTestId("club-invite").Locator(".mud-input-helper-text")).ToHaveTextAsync("올바른 이메일 주소가 아니에요. name@example.com처럼 주소를 하나만 입력하세요.");
        await page.Mouse.MoveAsync(0, 0);
        await BrowserSession.CoversDrawnAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "34-clubs-ko.png"), FullPage = true });

        await session.GotoAsync($"/culture?culture=ja&returnUrl={Uri.EscapeDataString("/clubs/invitations")}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("読書会への招待");
        var invitation = page.GetByTestId("invitation");
        await Expect(invitation.GetByTestId("invitation-club")).ToHaveTextAsync(OrganizationSeed.MidnightReaders.Name);
        await Expect(invitation.GetByTestId("invitation-expires")).ToHaveTextAsync("あと7日で期限切れ");
        await Expect(invitation.GetByTestId("invitation-accept")).ToHaveTextAsync("承諾");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "35-clubs-ja.png") });
    }
}
