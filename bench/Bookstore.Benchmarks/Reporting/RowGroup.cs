namespace Bookstore.Benchmarks.Reporting;

/// <summary>The table's sections, in the order the issue lists the measurements (not the order they run in).</summary>
public enum RowGroup
{
    Bytes,
    Throughput,
    SignIn,
    Memory,
    Circuits,
    StartUp,
}

public static class RowGroupNames
{
    public static string Title(this RowGroup group) => group switch
    {
        RowGroup.Bytes => "Bytes",
        RowGroup.Throughput => "Throughput",
        RowGroup.SignIn => "Sign-in",
        RowGroup.Memory => "Memory over time",
        RowGroup.Circuits => "Circuits",
        RowGroup.StartUp => "Start-up",
        _ => group.ToString(),
    };
}
