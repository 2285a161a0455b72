namespace Bookstore.Benchmarks.Reporting;

public static class ReportFiles
{
    /// <summary>
    /// Writes <c>{name}.md</c> and <c>{name}.json</c> (see <see cref="BenchSettings.ReportName"/>).
    /// </summary>
    public static (string Markdown, string Json) Save(BenchReport report, string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, name + ".md");
        var json = Path.Combine(directory, name + ".json");
        File.WriteAllText(markdown, MarkdownReport.Render(report));
        File.WriteAllText(json, JsonReport.Render(report) + Environment.NewLine);
        return (markdown, json);
    }
}
