using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>Sends what a printed <c>curl -s -u id:secret -d a=b ... URL</c> line would: Basic credentials and a form POST.</summary>
internal static partial class CurlLine
{
    public static async Task<ClientCredentialsRequest.Answer> SendAsync(string line)
    {
        var words = Word().Matches(line).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value).ToList();
        Assert.Equal(["curl", "-s", "-u"], words[..3]);
        var form = new List<KeyValuePair<string, string>>();
        for (var i = 4; i < words.Count - 1; i += 2)
        {
            Assert.Equal("-d", words[i]);
            var (name, value) = (words[i + 1][..words[i + 1].IndexOf('=')], words[i + 1][(words[i + 1].IndexOf('=') + 1)..]);
            form.Add(new(name, value));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, words[^1]) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(words[3])));
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return new ClientCredentialsRequest.Answer(response.StatusCode, body, null);
    }

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|(?<bare>\\S+)")]
    private static partial Regex Word();
}
