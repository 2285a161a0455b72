namespace Bookstore.Benchmarks.Load;

/// <summary>How one operation went; <see cref="AppTicks"/> is the part of its time spent waiting on the app.</summary>
public readonly record struct Outcome(bool Succeeded, long AppTicks = 0)
{
    public static Outcome Success { get; } = new(true);
    public static Outcome Failure { get; } = new(false);
}
