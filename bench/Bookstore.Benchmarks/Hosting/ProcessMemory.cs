namespace Bookstore.Benchmarks.Hosting;

public static class ProcessMemory
{
    /// <summary>VmRSS of a process from <c>/proc/{pid}/status</c>, in bytes.</summary>
    public static long ResidentBytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal))
                continue;
            var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line.");
    }
}
