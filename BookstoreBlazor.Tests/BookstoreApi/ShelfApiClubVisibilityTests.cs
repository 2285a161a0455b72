using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.BookstoreApi;

/// <summary><c>visibleToClubs</c> on <c>/api/shelf</c>: false for a new entry unless sent, unchanged when left out.</summary>
public sealed class ShelfApiClubVisibilityTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private const string Botchan = ApiAuthenticationTests.SeedIsbn;

    private EmulatorEnvironment Env => shared.Env;

    private ApiClient Reader(string subject) => ApiClient.For(Env.Logto, Env.AppBase, subject, "read:shelf write:shelf");

    private static async Task<bool> VisibleAsync(ApiClient api)
    {
        var shelf = await ApiClient.JsonAsync(await api.GetAsync("/api/shelf"));
        return Assert.Single(shelf["entries"]!.AsArray())!["visibleToClubs"]!.GetValue<bool>();
    }

    private Task<ShelfEntry?> StoredAsync(string subject) => Env.App.Services.GetRequiredService<Shelf>().FindAsync(subject, Botchan);

    [Fact]
    public async Task ANewEntry_WithoutTheField_IsPrivate_AndGetSaysSo()
    {
        using var api = Reader("clubs-api-default");

        using var created = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "reading" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((await ApiClient.JsonAsync(created))["visibleToClubs"]!.GetValue<bool>());
        Assert.False(await VisibleAsync(api));
    }

    [Fact]
    public async Task TheFieldIsSet_ThenKeptWhenLeftOut_ThenCleared()
    {
        using var api = Reader("clubs-api-round-trip");

        using var created = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "reading", visibleToClubs = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(await VisibleAsync(api));

        using var leftOut = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read", rating = 4 }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, leftOut.StatusCode);
        Assert.True((await ApiClient.JsonAsync(leftOut))["visibleToClubs"]!.GetValue<bool>());
        var stored = (await StoredAsync("clubs-api-round-trip"))!;
        Assert.Equal((ShelfState.Read, 4, true), (stored.State, stored.Rating, stored.VisibleToClubs));

        using var cleared = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read", visibleToClubs = false });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False(await VisibleAsync(api));
    }

    [Fact]
    public async Task AStaleIfMatch_ChangesNoVisibility()
    {
        using var api = Reader("clubs-api-stale");
        await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "reading" });
        await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read" }, ifMatch: "\"1\"");

        using var stale = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new { state = "read", visibleToClubs = true }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.False((await StoredAsync("clubs-api-stale"))!.VisibleToClubs);
    }

    [Fact]
    public async Task ANonBooleanValue_Is400_AndNothingIsSaved()
    {
        using var api = Reader("clubs-api-bad");

        using var response = await api.SendAsync(HttpMethod.Put, "/api/shelf/" + Botchan, new JsonObject { ["state"] = "read", ["visibleToClubs"] = "yes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await StoredAsync("clubs-api-bad"));
    }
}
