namespace Bookstore.Benchmarks.Reporting;

/// <summary>An issue target for one row, checked against the shipped column.</summary>
public sealed record Target(string Text, Func<double, bool> IsMetBy)
{
    public static Target AtMost(double limit, Unit unit) => new("≤ " + unit.Format(limit), value => value <= limit);

    public static Target AtLeast(double limit, Unit unit) => new("≥ " + unit.Format(limit), value => value >= limit);
}
