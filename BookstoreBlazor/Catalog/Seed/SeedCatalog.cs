using System.Text.Json;

namespace BookstoreBlazor.Catalog.Seed;

/// <summary><c>books.json</c>, compiled into the app so a published build carries its catalogue with it.</summary>
internal static class SeedCatalog
{
    public const string ResourceName = "BookstoreBlazor.Catalog.Seed.books.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SeedBook> Load()
    {
        using var stream = typeof(SeedCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed catalogue {ResourceName} is not embedded in the app.");
        return JsonSerializer.Deserialize<List<SeedBook>>(stream, Json) ?? [];
    }
}
