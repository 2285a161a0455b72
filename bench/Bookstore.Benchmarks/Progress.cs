using System.Diagnostics;

namespace Bookstore.Benchmarks;

/// <summary>One line per step on the console, with the time since the run began, so a long run shows where it is.</summary>
public sealed class Progress
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public void Line(string text)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        Console.WriteLine($"[{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}] {text}");
    }
}
