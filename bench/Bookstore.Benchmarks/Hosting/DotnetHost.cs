using System.Diagnostics;

namespace Bookstore.Benchmarks.Hosting;

public static class DotnetHost
{
    /// <summary>The <c>dotnet</c> the SDK names for child processes, else the one on PATH.</summary>
    public static string Path => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    /// <summary>
    /// Started from inside a build or a test run, a child <c>dotnet</c> would inherit that build's MSBuild settings and
    /// could build against the wrong SDK paths; it must resolve its own.
    /// </summary>
    public static void RemoveInheritedBuildSettings(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.Where(IsBuildSetting).ToList())
            start.Environment.Remove(name);
    }

    private static bool IsBuildSetting(string name) => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase);
}
