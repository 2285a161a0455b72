using Bookstore.Benchmarks.Hosting;

namespace Bookstore.Benchmarks.Reporting;

/// <summary>A finished run: which mode, on which machine, and the table.</summary>
public sealed record BenchReport(string Mode, MachineInfo Machine, IReadOnlyList<AppVariant> Variants, ResultTable Table)
{
    public AppVariant Server => Variants[0];
    public AppVariant Cookie => Variants[1];

    /// <summary>Tokens in cookie ÷ server-side sessions, where the row asks for it and both values exist.</summary>
    public double? Ratio(ResultRow row) =>
        row.ShowRatio && row.Value(Server.Id) is { } server && row.Value(Cookie.Id) is { } cookie && server != 0
            ? cookie / server
            : null;

    /// <summary>Whether the shipped app meets the row's target; null when the row has none.</summary>
    public bool? Met(ResultRow row) =>
        row.Target is { } target && row.Value(Server.Id) is { } value ? target.IsMetBy(value) : null;
}
