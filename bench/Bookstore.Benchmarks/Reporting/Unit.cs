using System.Globalization;

namespace Bookstore.Benchmarks.Reporting;

public enum Unit
{
    Bytes,
    Kilobytes,
    Megabytes,
    Count,
    PerSecond,
    Milliseconds,
    Ratio,
    Percent,
}

public static class UnitFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How a value reads in the table; JSON keeps the raw number.</summary>
    public static string Format(this Unit unit, double value) => double.IsNaN(value) ? "n/a" : unit switch
    {
        Unit.Bytes or Unit.Count => value.ToString("N0", Invariant),
        Unit.Kilobytes or Unit.Megabytes => value.ToString("N1", Invariant),
        Unit.PerSecond => value >= 100 ? value.ToString("N0", Invariant) : value.ToString("N1", Invariant),
        Unit.Milliseconds => value >= 100 ? value.ToString("N0", Invariant)
            : value >= 10 ? value.ToString("N1", Invariant)
            : value.ToString("N2", Invariant),
        Unit.Ratio => value.ToString("0.00", Invariant) + "×",
        Unit.Percent => (value * 100).ToString("0", Invariant) + " %",
        _ => value.ToString(Invariant),
    };
}
