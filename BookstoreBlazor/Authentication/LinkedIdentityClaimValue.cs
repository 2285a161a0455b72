using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// The value of a <see cref="LogtoClaimTypes.LinkedIdentity"/> claim:
/// <c>{"provider":…,"userId":…,"name":…,"email":…}</c> with absent fields left out.
/// </summary>
internal static class LinkedIdentityClaimValue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The default encoder writes each Hangul letter as a six-byte \uXXXX escape, and this lives in the cookie.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Format(LinkedIdentity identity) => JsonSerializer.Serialize(identity, Json);

    public static LinkedIdentity? Parse(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<LinkedIdentity>(value, Json) is { } identity
                   && !string.IsNullOrWhiteSpace(identity.Provider) && !string.IsNullOrWhiteSpace(identity.UserId)
                ? identity
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
