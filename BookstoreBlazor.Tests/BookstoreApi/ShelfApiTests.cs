using System.Net;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.BookstoreApi;

public sealed class ShelfApiTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private const string Botchan = ApiAuthenticationTests.SeedIsbn;
    private const string Kokoro = "9784000125949"; // 吾輩は猫である

    private EmulatorEnvironment Env => shared.Env;

    private ApiClient Reader(string subject) => ApiClient.For(Env.Logto, Env.AppBase, subject, "read:shelf write:shelf");

    [Fact]
    public async Task PutGetDelete_AFullRoundTrip_WithEntityTags()
    {
        using var api = Reader("shelf-round-trip");

        using var created = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "reading", rating = 4, note = "Funny" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());
        using var changed = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read", rating = 5 }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var shelf = await ApiClient.JsonAsync(await api.GetAsync("/api/shelf"));
        var entry = Assert.Single(shelf["entries"]!.AsArray())!;
        Assert.Equal(("read", 5, "坊っちゃん"), (entry["state"]!.GetValue<string>(), entry["rating"]!.GetValue<int>(), entry["title"]!.GetValue<string>()));
        Assert.Equal(1, shelf["counts"]!["read"]!.GetValue<int>());

        using var removed = await api.SendAsync(HttpMethod.Delete, "/api/shelf/" + Botchan);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var again = await api.SendAsync(HttpMethod.Delete, "/api/shelf/" + Botchan);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    [SecurityCase(CatalogueArea.Api, "One reader's token used on another reader's shelf",
        "Impossible: the shelf is named only by the token's `sub`; B sees and changes only B's entries")]
    public async Task EachToken_SeesAndChangesOnlyItsOwnSubjectsShelf()
    {
        using var a = Reader("shelf-owner-a");
        using var b = Reader("shelf-owner-b");
        await a.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "reading", note = "A's private note" });

        using var bShelf = await b.GetAsync("/api/shelf");
        using var bDeletes = await b.SendAsync(HttpMethod.Delete, "/api/shelf/" + Botchan);
        using var bWrites = await b.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read", note = "B" });

        Assert.DoesNotContain("A's private note", await bShelf.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, bDeletes.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bWrites.StatusCode);
        var aEntry = await Env.App.Services.GetRequiredService<Shelf>().FindAsync("shelf-owner-a", Botchan);
        Assert.Equal((ShelfState.Reading, "A's private note"), (aEntry!.State, aEntry.Note));
    }

    [Fact]
    public async Task AStaleIfMatch_Is412_AndKeepsTheOtherChange()
    {
        using var api = Reader("shelf-two-apps");
        await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Kokoro, new { state = "want-to-read" });
        await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Kokoro, new { state = "reading" }, ifMatch: "\"1\"");

        using var stale = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Kokoro, new { state = "read" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var stored = await Env.App.Services.GetRequiredService<Shelf>().FindAsync("shelf-two-apps", Kokoro);
        Assert.Equal(ShelfState.Reading, stored!.State);
    }

    [Theory]
    [InlineData("{\"state\":\"read\",\"rating\":6}", "rating")]
    [InlineData("{\"state\":\"finished\"}", null)]
    [InlineData("{\"rating\":3}", "state")]
    public async Task BadInput_Is400_AndNothingIsSaved(string body, string? field)
    {
        using var api = Reader("shelf-bad-input");
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Env.AppBase, "/api/shelf/" + Botchan))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", Env.Logto.CreateAccessToken(default, BookstoreBlazor.LogtoEmulator.Rbac.EmulatorApiResource.DefaultIndicator, "shelf-bad-input", "write:shelf"));
        using var http = new HttpClient();

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
            Assert.Contains(field, (await ApiClient.JsonAsync(response))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Null(await Env.App.Services.GetRequiredService<Shelf>().FindAsync("shelf-bad-input", Botchan));
    }

    [Fact]
    public async Task ABookNotInTheCatalogue_Is404()
    {
        using var api = Reader("shelf-unknown-book");
        using var response = await api.SendAsync(HttpMethod.Put, "/api/shelf/9781111111113", new { state = "read" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
