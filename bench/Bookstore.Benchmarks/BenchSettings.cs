namespace Bookstore.Benchmarks;

/// <summary>The command line: <c>[--smoke] [--only a,b] [--results dir]</c>.</summary>
public sealed record BenchSettings(LoadShape Shape, IReadOnlySet<string> Only, string? ResultsDirectory)
{
    public const string Usage =
        "Usage: dotnet run -c Release --project bench/Bookstore.Benchmarks -- [--smoke] [--only <measures>] [--results <dir>]\n" +
        "  --smoke            a few iterations of everything (CI); saved as smoke.md/json, not latest.md/json\n" +
        "  --only <measures>  comma-separated: {0}; saved as partial.md/json\n" +
        "  --results <dir>    where to save the markdown and JSON (default: bench/results)";

    public bool Smoke => Shape == LoadShape.Smoke;

    /// <summary>
    /// The saved files' name: only a full run of every measurement is <c>latest</c> (what the README shows); a smoke
    /// run or a run of some measurements must not replace it.
    /// </summary>
    public string ReportName => Smoke ? "smoke" : Only.Count > 0 ? "partial" : "latest";

    public bool Includes(string measure) => Only.Count == 0 || Only.Contains(measure);

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the usage on anything unknown.</summary>
    public static BenchSettings Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> measures)
    {
        var shape = LoadShape.Full;
        var only = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? results = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--smoke":
                    shape = LoadShape.Smoke;
                    break;
                case "--only" when i + 1 < args.Count:
                    foreach (var measure in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        only.Add(measures.Contains(measure, StringComparer.OrdinalIgnoreCase) ? measure : throw Unknown($"measure '{measure}'", measures));
                    break;
                case "--results" when i + 1 < args.Count:
                    results = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw Unknown($"argument '{args[i]}'", measures);
            }
        }
        return new BenchSettings(shape, only, results);
    }

    public static string UsageFor(IReadOnlyCollection<string> measures) => string.Format(Usage, string.Join(", ", measures));

    private static ArgumentException Unknown(string what, IReadOnlyCollection<string> measures) =>
        new($"Unknown {what}.\n{UsageFor(measures)}");
}
