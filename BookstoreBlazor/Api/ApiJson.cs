using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace BookstoreBlazor.Api;

/// <summary>The API's JSON: camelCase names, enums as kebab-case words (<c>"want-to-read"</c>), no nulls dropped.</summary>
internal static class ApiJson
{
    public static void Configure(JsonOptions options) =>
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));

    /// <summary>A field's name as a client sees it in the JSON, for validation errors.</summary>
    public static string Name(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
