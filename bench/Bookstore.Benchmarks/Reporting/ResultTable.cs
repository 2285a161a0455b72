using Bookstore.Benchmarks.Hosting;

namespace Bookstore.Benchmarks.Reporting;

/// <summary>
/// Every figure of the run. A measurement records one value per variant; the first record of a row fixes its unit,
/// target and whether it gets a ratio.
/// </summary>
public sealed class ResultTable
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<ResultRow> Rows => _rows.OrderBy(row => row.Group).ToList();

    /// <summary>What the numbers mean and how they were taken, printed under the table.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Record(RowGroup group, string measure, Unit unit, AppVariant variant, double value, Target? target = null, bool showRatio = true)
    {
        lock (_rows)
        {
            var row = _rows.FirstOrDefault(r => r.Group == group && r.Measure == measure);
            if (row is null)
            {
                row = new ResultRow(group, measure, unit, target, showRatio);
                _rows.Add(row);
            }
            row.Set(variant.Id, value);
        }
    }

    public void Note(string note)
    {
        lock (_notes)
        {
            if (!_notes.Contains(note))
                _notes.Add(note);
        }
    }
}
