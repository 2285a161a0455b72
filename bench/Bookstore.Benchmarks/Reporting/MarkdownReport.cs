using System.Text;

namespace Bookstore.Benchmarks.Reporting;

/// <summary>The table as padded markdown: readable on the console as it is, and rendered by GitHub in the README.</summary>
public static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        var header = new[] { "Measure", report.Server.Title, report.Cookie.Title, "cookie ÷ server", "Target", "Met" };
        var lines = new List<string[]>();
        foreach (var group in report.Table.Rows.GroupBy(row => row.Group))
        {
            lines.Add([$"**{group.Key.Title()}**", "", "", "", "", ""]);
            foreach (var row in group)
            {
                lines.Add(
                [
                    row.Measure,
                    Cell(row, row.Value(report.Server.Id)),
                    Cell(row, row.Value(report.Cookie.Id)),
                    report.Ratio(row) is { } ratio ? Unit.Ratio.Format(ratio) : "",
                    row.Target?.Text ?? "",
                    report.Met(row) switch { true => "✓", false => "✗", null => "" },
                ]);
            }
        }

        var widths = header.Select((title, column) => lines.Select(line => line[column].Length).Append(title.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine($"Machine: {report.Machine} — {report.Mode} run.");
        text.AppendLine();
        text.AppendLine(Line(header, widths));
        text.AppendLine(Line(widths.Select((width, column) => Rule(width, column)).ToArray(), widths));
        foreach (var line in lines)
            text.AppendLine(Line(line, widths));
        text.AppendLine();
        foreach (var note in report.Table.Notes)
            text.AppendLine("- " + note);
        return text.ToString();
    }

    private static string Cell(ResultRow row, double? value) => value is { } v ? row.Unit.Format(v) : "–";

    // Text left, numbers right, the ✓/✗ centred.
    private static string Rule(int width, int column) => column switch
    {
        0 or 4 => ":" + new string('-', width - 1),
        5 => ":" + new string('-', Math.Max(1, width - 2)) + ":",
        _ => new string('-', width - 1) + ":",
    };

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, column) => column is 1 or 2 or 3 ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))) + " |";
}
