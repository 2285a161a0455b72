using BookstoreBlazor.Tests.Catalogue;
using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Shelves;

/// <summary>/shelf over real HTTP, signed in through the Logto emulator and the simulated Kakao.</summary>
public sealed class ShelfPageFlowTests
{
    private const string Austen = "9780000000019";
    private const string Soseki = "9780000000026";
    private const string Twain = "9780000000033";

    [Fact]
    public async Task Shelf_SignedOut_GoesThroughKakaoSignIn_AndComesBackToTheShelf()
    {
        await using var env = await EmulatorEnvironment.StartAsync();

        using var first = await env.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/shelf")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fshelf", first.Headers.Location!.PathAndQuery);

        var logtoSignIn = await env.GoAsync("/shelf");
        Assert.Equal(env.Logto.Endpoint.BaseUri.Authority, logtoSignIn.Uri.Authority);
        var consent = await env.Browser.GoAsync(new Uri(logtoSignIn.Uri, logtoSignIn.Attribute("kakao", "href")));
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, consent.Uri.AbsolutePath);
        var shelf = await env.Browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = KakaoAccount.Tester.Id.ToString(),
            ["decision"] = "agree",
        });

        Assert.Equal(("/shelf", HttpStatusCode.OK), (shelf.PathAndQuery, shelf.Status));
        Assert.Equal("/callback", shelf.Redirects[^1].AbsolutePath);
        Assert.Contains("My shelf", shelf.Document.QuerySelector("h1")!.TextContent);
        Assert.True(shelf.Has("shelf-empty"));
        Assert.Equal("/shelf", shelf.Document.QuerySelector("a[data-testid=nav-shelf]")?.GetAttribute("href"));
    }

    [SecurityCase(CatalogueArea.Authorization, "Another reader's shelf, private notes and ratings on `/shelf`",
        "Never shown: every shelf query is bound to the signed-in user's Logto `sub`, in every state filter")]
    [Fact]
    public async Task TwoReaders_EachShelfPage_HoldsOnlyTheirOwnBooksAndNotes()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        using var other = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await other.SignInWithKakaoAsync(env, KakaoAccount.WithoutEmail);
        var (a, b) = (env.SubjectOf(KakaoAccount.Tester), env.SubjectOf(KakaoAccount.WithoutEmail));
        await env.AddBookAsync(Austen, "Pride and Prejudice", "Jane Austen");
        await env.AddBookAsync(Soseki, "こころ", "夏目漱石", "ja");
        await env.AddBookAsync(Twain, "The Adventures of Tom Sawyer", "Mark Twain");
        await env.PutAsync(a, Austen, ShelfState.Reading, 4, "A-secret about Elizabeth");
        await env.PutAsync(b, Soseki, ShelfState.Read, 2, "B-secret about Sensei");
        await env.PutAsync(b, Austen, ShelfState.WantToRead, note: "B-secret about Darcy");
        await env.PutAsync(b, Twain, ShelfState.Reading);

        foreach (var url in new[] { "/shelf", "/shelf?state=reading", "/shelf?state=read", "/shelf?state=want-to-read" })
        {
            var html = (await env.GoAsync(url)).Html;
            Assert.DoesNotContain("B-secret", html);
            Assert.DoesNotContain("こころ", html);
            Assert.DoesNotContain("Tom Sawyer", html);
        }
        var aShelf = await env.GoAsync("/shelf");
        Assert.Equal([Austen], Isbns(aShelf));
        Assert.Equal("A-secret about Elizabeth", aShelf.Text("shelf-item-note"));
        Assert.Equal(("1", "0", "1", "0"), Counts(aShelf));

        var bShelf = await other.GoAsync(new Uri(env.AppBase, "/shelf"));
        Assert.Equal([Twain, Austen, Soseki], Isbns(bShelf));
        Assert.Equal(("3", "1", "1", "1"), Counts(bShelf));
        Assert.DoesNotContain("A-secret", bShelf.Html);
        Assert.Contains("B-secret about Darcy", bShelf.Html);
        Assert.Contains("B-secret about Sensei", bShelf.Html);
    }

    private static string[] Isbns(BrowserPage page) =>
        page.Document.QuerySelectorAll("[data-testid=shelf-item]").Select(i => i.GetAttribute("data-isbn")!).ToArray();

    private static (string?, string?, string?, string?) Counts(BrowserPage page) =>
        (page.Text("shelf-count-all"), page.Text("shelf-count-want-to-read"), page.Text("shelf-count-reading"), page.Text("shelf-count-read"));
}
