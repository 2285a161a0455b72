using System.Text.Json;
using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Reads a JSON body by hand, after <see cref="ManagementApiAuthentication"/> (model binding would answer a bad body
/// before the token is looked at), with Logto's schema checks for the fields the routes use.
/// </summary>
internal static class ManagementRequestBody
{
    public static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string array field; null when it is missing and optional, or not an array of strings.</summary>
    public static string[]? Strings(JsonObject body, string name) =>
        body[name] is JsonArray array && array.All(item => item?.GetValueKind() == JsonValueKind.String)
            ? [.. array.Select(item => item!.GetValue<string>())]
            : null;

    public static string? String(JsonObject body, string name) =>
        body[name]?.GetValueKind() == JsonValueKind.String ? body[name]!.GetValue<string>() : null;

    public static long? Number(JsonObject body, string name) =>
        body[name]?.GetValueKind() == JsonValueKind.Number ? body[name]!.GetValue<long>() : null;
}
