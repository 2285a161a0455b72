using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.BookstoreApi;

public sealed class OpenApiDocumentTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    [Fact]
    public async Task TheDocument_ListsEveryEndpoint_AndTheBearerScheme()
    {
        using var http = new HttpClient { BaseAddress = shared.Env.AppBase };

        using var response = await http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["/api/books", "/api/books/{isbn}", "/api/shelf", "/api/shelf/{isbn}"], paths.Order());
        Assert.Equal(["delete", "get", "put"], document["paths"]!["/api/books/{isbn}"]!.AsObject().Select(o => o.Key).Order());
        var scheme = document["components"]!["securitySchemes"]!["LogtoApi"]!;
        Assert.Equal(("http", "bearer"), (scheme["type"]!.GetValue<string>(), scheme["scheme"]!.GetValue<string>()));
        Assert.Contains("https://api.bookstore.example", document["info"]!["description"]!.GetValue<string>());
    }
}
