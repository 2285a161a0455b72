using System.Net;
using Microsoft.Extensions.DependencyInjection;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.BookstoreApi;

public sealed class BooksApiTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private EmulatorEnvironment Env => shared.Env;

    private ApiClient Reader() => ApiClient.For(Env.Logto, Env.AppBase, "books-reader", "");

    private ApiClient Admin() => ApiClient.For(Env.Logto, Env.AppBase, "books-admin", ApiClient.AllScopes);

    [Fact]
    public async Task Search_FindsByAuthorInAnyScript_AndPages()
    {
        using var api = Reader();

        var soseki = await ApiClient.JsonAsync(await api.GetAsync("/api/books?q=soseki&sort=year"));
        var page2 = await ApiClient.JsonAsync(await api.GetAsync("/api/books?lang=ko&pageSize=10&page=2"));

        Assert.Equal("吾輩は猫である", soseki["items"]![0]!["title"]!.GetValue<string>());
        Assert.All(soseki["items"]!.AsArray(), b => Assert.Equal("Natsume Sōseki", b!["authorsLatin"]![0]!.GetValue<string>()));
        Assert.Equal((2, 10, 60, 6), (page2["page"]!.GetValue<int>(), page2["items"]!.AsArray().Count, page2["total"]!.GetValue<int>(), page2["pageCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task OneBook_CarriesItsVersionAsETag_AndUnknownOrMalformedIsbnIsA404Problem()
    {
        using var api = Reader();

        using var book = await api.GetAsync("/api/books/978-4-87-089995-7");
        using var unknown = await api.GetAsync("/api/books/9781111111113");
        using var malformed = await api.GetAsync("/api/books/not-an-isbn");

        Assert.Equal(HttpStatusCode.OK, book.StatusCode);
        var json = await ApiClient.JsonAsync(book);
        Assert.Equal(("坊っちゃん", "KRW"), (json["title"]!.GetValue<string>(), json["currency"]!.GetValue<string>()));
        Assert.Equal($"\"{json["version"]}\"", book.Headers.ETag!.ToString());
        Assert.All([unknown, malformed], r =>
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
    }

    [Fact]
    public async Task AnAdminToken_AddsChangesAndRemovesABook_StampedWithItsSubject()
    {
        using var admin = Admin();
        var book = new
        {
            isbn = "9780000000019", title = "Persuasion", authors = new[] { "Jane Austen" }, year = 1817, language = "en",
            genre = "novel", description = "Anne Elliot gets a second chance.", price = 12000,
        };

        using var created = await admin.SendAsync(HttpMethod.Post, "/api/books", book);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/books/9780000000019", created.Headers.Location!.OriginalString);
        using var duplicate = await admin.SendAsync(HttpMethod.Post, "/api/books", book);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        using var changed = await admin.SendAsync(HttpMethod.Put, "/api/books/9780000000019", book with { price = 9000 }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.ToString());
        var stored = await Env.App.Services.GetService<BookstoreBlazor.Catalog.BookCatalog>()!.FindAsync("9780000000019");
        Assert.Equal((9000, "books-admin"), (stored!.Price, stored.UpdatedBySubject));

        using var stale = await admin.SendAsync(HttpMethod.Delete, "/api/books/9780000000019", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var removed = await admin.SendAsync(HttpMethod.Delete, "/api/books/9780000000019", ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var gone = await admin.GetAsync("/api/books/9780000000019");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ABrokenBook_IsA400ValidationProblem_NamingEachField_AndNothingIsAdded()
    {
        using var admin = Admin();

        using var response = await admin.SendAsync(HttpMethod.Post, "/api/books",
            new { isbn = "9780000000010", title = "", authors = Array.Empty<string>(), year = 1817, language = "fr", genre = "novel", description = "x", price = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response))["errors"]!.AsObject();
        Assert.Equal(["authors", "isbn", "language", "price", "title"], errors.Select(e => e.Key).Order());
        using var absent = await admin.GetAsync("/api/books/9780000000010");
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Fact]
    public async Task AMalformedIfMatch_IsA400_NotAnOverwrite()
    {
        using var admin = Admin();

        using var response = await admin.SendAsync(HttpMethod.Delete, "/api/books/" + ApiAuthenticationTests.SeedIsbn, ifMatch: "W/\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var still = await admin.GetAsync("/api/books/" + ApiAuthenticationTests.SeedIsbn);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }
}
