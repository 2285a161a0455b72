using System.Text.Json;
using System.Text.Json.Serialization;

namespace BookstoreBlazor.Health;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthBody))]
internal sealed partial class HealthBodyJson : JsonSerializerContext;
