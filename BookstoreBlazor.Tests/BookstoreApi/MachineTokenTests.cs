using System.Net;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.LogtoEmulator.Clients;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.LogtoEmulator;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.BookstoreApi;

/// <summary>
/// A script with Logto's M2M app, end to end: a client credentials token from the emulator's token endpoint, then the
/// API through the app's real bearer validation (Logto's discovery and keys, issuer, audience, ES384, scopes).
/// </summary>
public sealed class MachineTokenTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private EmulatorEnvironment Env => shared.Env;

    private async Task<ApiClient> ScriptAsync(string? scope)
    {
        var answer = await ClientCredentialsRequest.SendAsync(Env.Logto, scope);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return new ApiClient(Env.AppBase, answer.AccessToken);
    }

    [Fact]
    public async Task TheCatalogueScript_ReadsTheCatalogue_AndAddsABook_StampedWithItsAppId()
    {
        using var script = await ScriptAsync("write:books");
        var book = new
        {
            isbn = "9780000000026", title = "Northanger Abbey", authors = new[] { "Jane Austen" }, year = 1817, language = "en",
            genre = "novel", description = "Catherine Morland reads too many gothic novels.", price = 11000,
        };

        using var search = await script.GetAsync("/api/books?q=austen");
        using var created = await script.SendAsync(HttpMethod.Post, "/api/books", book);
        using var read = await script.GetAsync("/api/books/9780000000026");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Northanger Abbey", (await ApiClient.JsonAsync(read))["title"]!.GetValue<string>());
        var stored = await Env.App.Services.GetRequiredService<BookCatalog>().FindAsync("9780000000026");
        Assert.Equal((EmulatorMachineApp.DefaultClientId, EmulatorMachineApp.DefaultClientId), (stored!.UpdatedBySubject, stored.UpdatedByName));
    }

    [Fact]
    public async Task AScriptTokenWithoutWriteBooks_ReadsButCannotAdd_AndHasNoShelf()
    {
        using var script = await ScriptAsync(scope: null);

        using var search = await script.GetAsync("/api/books");
        using var add = await script.SendAsync(HttpMethod.Post, "/api/books", new { isbn = "9780000000033", title = "Emma" });
        using var shelf = await script.GetAsync("/api/shelf");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (add.StatusCode, shelf.StatusCode));
        Assert.Equal("write:books", (await ApiClient.JsonAsync(add))["scope"]!.GetValue<string>());
    }
}
