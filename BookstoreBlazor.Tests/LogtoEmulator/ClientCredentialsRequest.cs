using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>A token request as a script sends it (<c>curl -u id:secret -d grant_type=client_credentials ...</c>).</summary>
internal static class ClientCredentialsRequest
{
    public sealed record Answer(HttpStatusCode Status, JsonObject Body, string? WwwAuthenticate)
    {
        public string AccessToken => Body["access_token"]!.GetValue<string>();
        public string? Error => Body["error"]?.GetValue<string>();
        public string? ErrorDescription => Body["error_description"]?.GetValue<string>();
    }

    /// <summary>HTTP Basic with the App ID and App secret, as Logto's M2M guide does, unless <paramref name="secretInBody"/>.</summary>
    public static async Task<Answer> SendAsync(LogtoEmulatorHost logto, string clientId, string? secret,
        string[]? resources = null, string? scope = null, bool secretInBody = false)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        form.AddRange((resources ?? [EmulatorApiResource.DefaultIndicator]).Select(r => new KeyValuePair<string, string>("resource", r)));
        if (scope is not null) form.Add(new("scope", scope));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(logto.Endpoint.BaseUri, "oidc/token"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        if (secretInBody)
        {
            form.Add(new("client_id", clientId));
            if (secret is not null) form.Add(new("client_secret", secret));
            request.Content = new FormUrlEncodedContent(form);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        }

        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return new Answer(response.StatusCode, body, response.Headers.WwwAuthenticate.FirstOrDefault()?.ToString());
    }

    public static Task<Answer> SendAsync(LogtoEmulatorHost logto, string? scope = null) =>
        SendAsync(logto, logto.MachineApps[0].ClientId, logto.MachineApps[0].ClientSecret, scope: scope);
}
