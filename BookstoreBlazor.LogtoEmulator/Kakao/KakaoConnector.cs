using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>
/// The emulator's copy of Logto's Kakao connector (<c>kakao-universal</c>): it sends the browser to Kakao's authorize
/// page, then calls Kakao's token endpoint and <c>/v2/user/me</c> over HTTP and maps the answer as the connector does.
/// </summary>
internal sealed class KakaoConnector(HttpClient http, KakaoSimulator kakao, EmulatorEndpoint endpoint)
{
    public string AuthorizationUrl(Interaction interaction)
    {
        interaction.SocialState = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return QueryHelpers.AddQueryString(endpoint.Resolve(KakaoRoutes.Authorize).AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = kakao.Options.RestApiKey,
            ["redirect_uri"] = kakao.RegisteredRedirectUri.AbsoluteUri,
            ["response_type"] = "code",
            ["state"] = interaction.SocialState,
        });
    }

    /// <summary>
    /// The Kakao user behind an authorization code, or null when Kakao refuses the code or the token, or does not answer
    /// within the connector's timeout (as Logto's connector, which ends the sign-in with an error rather than crashing).
    /// </summary>
    public async Task<SocialProfile?> GetProfileAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            return await AskKakaoAsync(code, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    private async Task<SocialProfile?> AskKakaoAsync(string code, CancellationToken cancellationToken)
    {
        using var tokenResponse = await http.PostAsync(endpoint.Resolve(KakaoRoutes.Token), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["code"] = code,
                ["client_id"] = kakao.Options.RestApiKey,
                ["client_secret"] = kakao.Options.ClientSecret,
                ["redirect_uri"] = kakao.RegisteredRedirectUri.AbsoluteUri,
                ["grant_type"] = "authorization_code",
            }), cancellationToken);
        if (!tokenResponse.IsSuccessStatusCode ||
            JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync(cancellationToken))?["access_token"]?.GetValue<string>() is not { } accessToken)
        {
            return null;
        }

        using var meRequest = new HttpRequestMessage(HttpMethod.Post, endpoint.Resolve(KakaoRoutes.UserMe));
        meRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var meResponse = await http.SendAsync(meRequest, cancellationToken);
        if (!meResponse.IsSuccessStatusCode ||
            JsonNode.Parse(await meResponse.Content.ReadAsStringAsync(cancellationToken)) is not JsonObject me)
        {
            return null;
        }

        return Map(me);
    }

    /// <summary>Nickname → name; profile image → avatar unless it is Kakao's default; email only when Kakao calls it valid.</summary>
    public static SocialProfile Map(JsonObject me)
    {
        var account = me["kakao_account"] as JsonObject;
        var profile = account?["profile"] as JsonObject;
        var isDefaultImage = profile?["is_default_image"]?.GetValue<bool>() ?? true;
        var emailValid = account?["is_email_valid"]?.GetValue<bool>() ?? false;
        return new SocialProfile(
            Id: me["id"]!.ToJsonString(),
            Name: profile?["nickname"]?.GetValue<string>(),
            Email: emailValid ? account?["email"]?.GetValue<string>() : null,
            Avatar: isDefaultImage ? null : profile?["profile_image_url"]?.GetValue<string>(),
            RawData: me);
    }
}
