using BookstoreBlazor.Catalog;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// Book clubs as two Kakao users meet them: the owner of 漱石を読む会 puts a book on the club's list and invites a friend
/// by email; the friend signs in with Kakao, finds the invitation, accepts it, and sees the club and its list. The
/// screenshots are the README's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClubJourneyTests
{
    private const string Kokoro = "こころ";

    [Fact]
    public async Task AnOwner_ListsABook_AndInvitesAFriend_WhoSignsInWithKakao_Accepts_AndSeesTheClub()
    {
        await using var session = await BrowserSession.StartAsync();
        var owner = session.Page;
        var club = session.Logto.Organizations.FindByName(OrganizationSeed.SosekiReaders.Name)!;
        var kokoro = (await session.Environment.App.Services.GetRequiredService<BookCatalog>()
            .SearchAsync(CatalogQuery.From(Kokoro, null, null, null, null))).Books.First(b => b.Title == Kokoro);

        // The member `reader` shows the club one book (with a private note) and keeps another to themself.
        var catalog = session.Environment.App.Services.GetRequiredService<BookCatalog>();
        var botchan = (await catalog.SearchAsync(CatalogQuery.From("坊っちゃん", null, null, null, null))).Books.First();
        var sanshiro = (await catalog.SearchAsync(CatalogQuery.From("三四郎", null, null, null, null))).Books.First();
        var shelf = session.Environment.App.Services.GetRequiredService<Shelf>();
        var reader = session.Logto.Users.FindByIdentifier("reader")!.Id;
        await shelf.SaveAsync(reader, botchan.Isbn, new ShelfChange(ShelfState.Reading, 4, "A private note, never for the club", VisibleToClubs: true), null);
        await shelf.SaveAsync(reader, sanshiro.Isbn, new ShelfChange(ShelfState.Read, 5, null, VisibleToClubs: false), null);

        // 새내기 joins 漱石を読む会 as its owner at the first Kakao sign-in.
        await session.SignInWithKakaoAsync(KakaoAccount.WithDefaultImage);
        await owner.GetByTestId("nav-clubs").ClickAsync();
        await owner.WaitForURLAsync($"{session.BaseUrl}/clubs");
        var card = owner.GetByTestId("club-card").Filter(new() { HasText = OrganizationSeed.SosekiReaders.Name });
        await Expect(card.GetByTestId("club-card-role")).ToHaveTextAsync("Owner");

        await card.ClickAsync();
        await owner.WaitForURLAsync($"{session.BaseUrl}/clubs/{club.Id}");
        await session.WaitUntilInteractiveAsync();
        await Expect(owner.GetByTestId("club-name")).ToHaveTextAsync(OrganizationSeed.SosekiReaders.Name);
        await owner.GetByTestId("club-book-search-text").FillAsync("漱石");
        await owner.GetByTestId("club-book-search-button").ClickAsync();
        var result = owner.Locator($"[data-testid=club-book-search-result][data-isbn='{kokoro.Isbn}']");
        await result.GetByTestId("club-book-add").ClickAsync();
        await Expect(owner.GetByTestId("club-reading-list")).ToContainTextAsync(Kokoro);

        var shared = owner.GetByTestId("club-members-reading");
        await Expect(shared.GetByTestId("club-reading-member")).ToHaveCountAsync(1);
        await Expect(shared).ToContainTextAsync(botchan.Title);
        await Expect(shared).Not.ToContainTextAsync(sanshiro.Title);
        await Expect(shared).Not.ToContainTextAsync("A private note");

        await owner.GetByTestId("club-invite-email").FillAsync(KakaoAccount.Tester.Email!);
        await owner.GetByTestId("club-invite-send").ClickAsync();
        await Expect(owner.GetByTestId("club-invite-message")).ToContainTextAsync(KakaoAccount.Tester.Email!);
        await Expect(owner.GetByTestId("club-invite-pending-invitee")).ToHaveTextAsync(KakaoAccount.Tester.Email!);
        await owner.Mouse.MoveAsync(0, 0);
        await BrowserSession.CoversDrawnAsync(owner);
        await owner.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "22-club-owner.png"), FullPage = true });

        // The friend, in a browser of their own, signs in with Kakao: already in 한밤의 독서회, invited to 漱石を読む会.
        var friend = await session.NewPageAsync("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36");
        await friend.SetViewportSizeAsync(1280, 800);
        await friend.GotoAsync(session.BaseUrl + "/sign-in/kakao");
        await friend.GetByTestId($"kakao-account-{KakaoAccount.Tester.Id}").ClickAsync();
        await friend.GetByTestId("kakao-agree").ClickAsync();
        await friend.WaitForURLAsync(session.BaseUrl + "/");
        await friend.GotoAsync(session.BaseUrl + "/clubs");
        await friend.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(friend.GetByTestId("club-card")).ToHaveCountAsync(1);
        await Expect(friend.GetByTestId("club-card-name")).ToHaveTextAsync(OrganizationSeed.MidnightReaders.Name);
        await Expect(friend.GetByTestId("clubs-invitation-badge")).ToContainTextAsync("1");
        await friend.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "23-clubs-invited.png") });

        await friend.GetByTestId("clubs-invitations-link").ClickAsync();
        await friend.WaitForURLAsync($"{session.BaseUrl}/clubs/invitations");
        var invitation = friend.GetByTestId("invitation").Filter(new() { HasText = OrganizationSeed.SosekiReaders.Name });
        await Expect(invitation.GetByTestId("invitation-inviter")).ToHaveTextAsync("새내기");
        await friend.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "24-club-invitation.png") });
        await invitation.GetByTestId("invitation-accept").ClickAsync();

        // Accepting opens the club, with the session's claims already listing it.
        await friend.WaitForURLAsync($"{session.BaseUrl}/clubs/{club.Id}");
        await friend.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(friend.GetByTestId("club-my-role")).ToHaveTextAsync("Member");
        await Expect(friend.GetByTestId("club-reading-list")).ToContainTextAsync(Kokoro);
        await Expect(friend.GetByTestId("club-book-search")).ToHaveCountAsync(0);
        await Expect(friend.GetByTestId("club-invite")).ToHaveCountAsync(0);
        await BrowserSession.CoversDrawnAsync(friend);
        await friend.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "25-club-member.png"), FullPage = true });

        await friend.GotoAsync(session.BaseUrl + "/clubs");
        await friend.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(friend.GetByTestId("club-card-name")).ToHaveTextAsync(
            [OrganizationSeed.MidnightReaders.Name, OrganizationSeed.SosekiReaders.Name]);
        var friendId = session.Logto.FindKakaoUser(KakaoAccount.Tester)!.Id;
        Assert.Contains(session.Logto.FindUserOrganizations(friendId), m => m.Organization.Id == club.Id);
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "Another club's id, an unknown id and a malformed one typed into /clubs/{id} by a signed-in member",
        "The same \"not a member\" page for all three; nothing of the other club (name, list, members) reaches the browser; the session goes on")]
    public async Task AMember_WhoTypesAnotherClubsAddress_SeesOnlyNotAMember_AndNothingOfThatClub()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var otherClub = session.Logto.Organizations.FindByName(OrganizationSeed.SosekiReaders.Name)!;
        var ownClub = session.Logto.Organizations.FindByName(OrganizationSeed.MidnightReaders.Name)!;

        // 카카오테스터 joins 한밤의 독서회 at the first sign-in, and nothing else.
        await session.SignInWithKakaoAsync(KakaoAccount.Tester);
        foreach (var forged in new[] { otherClub.Id, "nosuchclub0000", "..%2Fadmin", "ABC" })
        {
            await session.GotoAsync($"/clubs/{forged}");
            await Expect(page.GetByTestId("club-refusal")).ToHaveAttributeAsync("data-reason", "not-a-member");
            var html = await page.ContentAsync();
            Assert.DoesNotContain(OrganizationSeed.SosekiReaders.Name, html);
            Assert.DoesNotContain(OrganizationSeed.SosekiReaders.Description!, html);
            Assert.DoesNotContain("Bookstore Admin", html);
        }
        await session.ScreenshotAsync("clubs-not-a-member");

        // The refusals spent nothing: the member's own club still opens.
        await session.GotoAsync($"/clubs/{ownClub.Id}");
        await Expect(page.GetByTestId("club-name")).ToHaveTextAsync(OrganizationSeed.MidnightReaders.Name);
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A member is removed from a club in Logto while the club's page is open",
        "At the member's next refresh the club leaves their claims and tokens; the open page switches to \"no longer a member\" without a reload, the list and members gone, and the club leaves /clubs")]
    public async Task AMemberRemovedInLogto_SeesTheOpenClubPageClose_WithoutAReload()
    {
        // Access tokens that are always due for refresh, and a page that revalidates every second.
        await using var session = await BrowserSession.StartAsync(
            new Dictionary<string, string?> { ["Sessions:RevalidationInterval"] = "00:00:01" },
            new LogtoEmulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(1) });
        var page = session.Page;
        var club = session.Logto.Organizations.FindByName(OrganizationSeed.MidnightReaders.Name)!;
        await session.SignInWithKakaoAsync(KakaoAccount.Tester);
        await session.GotoAsync($"/clubs/{club.Id}");
        await Expect(page.GetByTestId("club-name")).ToHaveTextAsync(OrganizationSeed.MidnightReaders.Name);
        await page.EvaluateAsync("() => window.__sameDocument = true");

        session.Logto.RemoveOrganizationMember(club.Id, session.Logto.FindKakaoUser(KakaoAccount.Tester)!.Id);

        await Expect(page.GetByTestId("club-refusal")).ToHaveAttributeAsync("data-reason", "no-longer-member");
        await Expect(page.GetByTestId("club-reading-list")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("club-members")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await session.ScreenshotAsync("clubs-removed-live");

        await page.GetByTestId("club-refusal-clubs").ClickAsync();
        await page.WaitForURLAsync($"{session.BaseUrl}/clubs");
        await Expect(page.GetByTestId("clubs-empty")).ToBeVisibleAsync();
    }
}
