using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>A pushed authorization request: the parameters to <c>/oidc/request</c>, then <c>/oidc/auth?request_uri=</c>.</summary>
internal static class PushedAuthorization
{
    /// <summary>Pushes the test client's request with <paramref name="extra"/> and opens it in the probe's browser.</summary>
    public static async Task<(HttpStatusCode PushStatus, Dictionary<string, string> Pushed, BrowserPage Page)> OpenAsync(
        EmulatorProbe probe, IReadOnlyDictionary<string, string?> extra)
    {
        var pushed = OidcTestClient.Query(probe.Client.AuthorizeUrl(extra));
        pushed["client_secret"] = probe.Logto.DefaultClient.ClientSecret;
        using var http = new HttpClient();
        using var response = await http.PostAsync(probe.Url("oidc/request"), new FormUrlEncodedContent(pushed));
        var requestUri = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["request_uri"]!.GetValue<string>();

        var page = await probe.Browser.GoAsync(new Uri(probe.Url("oidc/auth"),
            $"?client_id={probe.Logto.DefaultClient.ClientId}&request_uri={Uri.EscapeDataString(requestUri)}"));
        return (response.StatusCode, pushed, page);
    }
}
