using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bookstore.Benchmarks.Reporting;

/// <summary>The same table as data: raw numbers (no formatting), one property per column, for tools and comparisons.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(BenchReport report)
    {
        var rows = new JsonArray();
        foreach (var row in report.Table.Rows)
        {
            var json = new JsonObject
            {
                ["group"] = row.Group.Title(),
                ["measure"] = row.Measure,
                ["unit"] = row.Unit.ToString(),
            };
            foreach (var variant in report.Variants)
                json[variant.Id] = Number(row.Value(variant.Id));
            json["ratio"] = Number(report.Ratio(row));
            json["target"] = row.Target?.Text;
            json["met"] = report.Met(row);
            rows.Add(json);
        }

        var document = new JsonObject
        {
            ["mode"] = report.Mode,
            ["machine"] = new JsonObject
            {
                ["cpu"] = report.Machine.Cpu,
                ["cores"] = report.Machine.Cores,
                ["memoryGiB"] = report.Machine.MemoryGiB,
                ["os"] = report.Machine.OperatingSystem,
                ["dotnet"] = report.Machine.DotNet,
                ["date"] = report.Machine.Date.ToString("O"),
            },
            ["columns"] = new JsonObject(report.Variants.Select(v => KeyValuePair.Create(v.Id, (JsonNode?)JsonValue.Create(v.Title)))),
            ["rows"] = rows,
            ["notes"] = new JsonArray(report.Table.Notes.Select(note => (JsonNode?)JsonValue.Create(note)).ToArray()),
        };
        return document.ToJsonString(Options);
    }

    // JSON has no NaN: a value that could not be measured is null.
    private static JsonNode? Number(double? value) =>
        value is { } v && double.IsFinite(v) ? JsonValue.Create(Math.Round(v, 4)) : null;
}
