using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;

namespace BookstoreBlazor.Tests.BookstoreApi;

/// <summary>A script calling Bookstore's API with a Logto access token, as a mobile app or a curl user would.</summary>
internal sealed class ApiClient(Uri appBase, string? token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = appBase };

    /// <summary>A genuine token from the emulator's keys for this user and these scopes (or with one fault).</summary>
    public static ApiClient For(LogtoEmulatorHost logto, Uri appBase, string subject, string scope,
        AccessTokenFault fault = AccessTokenFault.None) =>
        new(appBase, logto.CreateAccessToken(fault, EmulatorApiResource.DefaultIndicator, subject, scope));

    public const string AllScopes = "read:shelf write:shelf write:books";

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public void Dispose() => _http.Dispose();
}
