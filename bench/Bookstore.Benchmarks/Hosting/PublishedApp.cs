using System.Diagnostics;

namespace Bookstore.Benchmarks.Hosting;

/// <summary>Bookstore published in Release once per run; every app process of the run starts from this folder.</summary>
public sealed record PublishedApp(string Directory)
{
    public string EntryAssembly => Path.Combine(Directory, "BookstoreBlazor.dll");

    public static async Task<PublishedApp> PublishAsync(string repositoryRoot, string outputDirectory, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repositoryRoot, "BookstoreBlazor", "BookstoreBlazor.csproj");
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", outputDirectory, "--nologo", "-v", "q" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        DotnetHost.RemoveInheritedBuildSettings(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await output}\n{await errors}");

        var app = new PublishedApp(outputDirectory);
        if (!File.Exists(app.EntryAssembly))
            throw new InvalidOperationException($"dotnet publish wrote no {app.EntryAssembly}.");
        return app;
    }
}
