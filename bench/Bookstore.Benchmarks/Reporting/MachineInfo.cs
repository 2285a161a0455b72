using System.Globalization;
using System.Runtime.InteropServices;

namespace Bookstore.Benchmarks.Reporting;

/// <summary>The machine the numbers came from; figures from another machine are not comparable.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGiB, string OperatingSystem, string DotNet, DateTimeOffset Date)
{
    public static MachineInfo Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        Math.Round(MemoryKilobytes() / 1024.0 / 1024.0, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        DateTimeOffset.UtcNow);

    public override string ToString() =>
        $"{Cpu}, {Cores} cores, {MemoryGiB.ToString("0.0", CultureInfo.InvariantCulture)} GiB RAM, {OperatingSystem}, {DotNet}, " +
        $"{Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";

    private static string CpuModel() =>
        ReadField("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static long MemoryKilobytes() =>
        ReadField("/proc/meminfo", "MemTotal", ':') is { } total && long.TryParse(total.Split(' ')[0], CultureInfo.InvariantCulture, out var kilobytes)
            ? kilobytes
            : 0;

    private static string? ReadField(string path, string name, char separator)
    {
        if (!File.Exists(path))
            return null;
        return File.ReadLines(path)
            .Where(line => line.StartsWith(name, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(separator) + 1)..].Trim())
            .FirstOrDefault();
    }
}
