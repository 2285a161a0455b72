using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>The body of Kakao's <c>/v2/user/me</c> for a simulated account, in Kakao's own field names.</summary>
internal static class KakaoUserMe
{
    public static JsonObject For(KakaoAccount account, Uri imageBase, DateTimeOffset connectedAt)
    {
        var isDefault = account.Image == KakaoProfileImage.KakaoDefault;
        var image = account.ProfileImageUrl(imageBase);
        var kakaoAccount = new JsonObject
        {
            ["profile_nickname_needs_agreement"] = false,
            ["profile_image_needs_agreement"] = false,
            ["profile"] = new JsonObject
            {
                ["nickname"] = account.Nickname,
                ["thumbnail_image_url"] = image,
                ["profile_image_url"] = image,
                ["is_default_image"] = isDefault,
            },
            ["has_email"] = account.Email is not null,
        };
        if (account.Email is not null)
        {
            kakaoAccount["email_needs_agreement"] = false;
            kakaoAccount["is_email_valid"] = true;
            kakaoAccount["is_email_verified"] = true;
            kakaoAccount["email"] = account.Email;
        }

        var properties = new JsonObject
        {
            ["nickname"] = account.Nickname,
            ["profile_image"] = image,
            ["thumbnail_image"] = image,
        };
        foreach (var (name, value) in account.CustomProperties)
        {
            properties[name] = value;
        }

        return new JsonObject
        {
            ["id"] = account.Id,
            ["connected_at"] = connectedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'"),
            ["properties"] = properties,
            ["kakao_account"] = kakaoAccount,
        };
    }
}
