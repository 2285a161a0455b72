using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.ManagementApi;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Calls the emulator's Management API as an app does: a client credentials token for
/// <c>https://default.logto.app/api</c> with scope <c>all</c> from the management M2M app, then JSON over HTTP.
/// </summary>
internal sealed class ManagementApiCaller(LogtoEmulatorHost logto, string? bearer)
{
    public sealed record Answer(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)
    {
        public string? Code => Body?["code"]?.GetValue<string>();
        public string? Message => Body?["message"]?.GetValue<string>();
        public JsonArray Array => Body!.AsArray();
    }

    public static async Task<ManagementApiCaller> StartAsync(LogtoEmulatorHost logto, string scope = LogtoManagementApi.All)
    {
        var app = logto.ManagementApp!;
        var token = await ClientCredentialsRequest.SendAsync(logto, app.ClientId, app.ClientSecret, [LogtoManagementApi.Indicator], scope);
        return new ManagementApiCaller(logto, token.AccessToken);
    }

    public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<Answer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    public Task<Answer> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body);

    public Task<Answer> PutAsync(string path, JsonNode body) => SendAsync(HttpMethod.Put, path, body);

    public async Task<Answer> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(logto.Endpoint.BaseUri, path.TrimStart('/')));
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        else if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var http = new HttpClient();
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }
}
