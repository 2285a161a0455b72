namespace Bookstore.Benchmarks.Reporting;

/// <summary>One measure, with one value per column (variant id → value).</summary>
public sealed class ResultRow(RowGroup group, string measure, Unit unit, Target? target, bool showRatio)
{
    private readonly Dictionary<string, double> _values = [];

    public RowGroup Group { get; } = group;
    public string Measure { get; } = measure;
    public Unit Unit { get; } = unit;
    public Target? Target { get; } = target;

    /// <summary>Whether "tokens in cookie ÷ server-side sessions" says something for this row (not for failure counts).</summary>
    public bool ShowRatio { get; } = showRatio;

    public IReadOnlyDictionary<string, double> Values => _values;

    public double? Value(string variantId) => _values.TryGetValue(variantId, out var value) ? value : null;

    internal void Set(string variantId, double value) => _values[variantId] = value;
}
