using System.Diagnostics;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Authentication;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Host_WithoutAppSecret_RefusesToStart_NamingTheKey()
    {
        var builder = WebApplication.CreateBuilder();
        var settings = BookstoreAppFactory.LogtoSettings("https://abc123.logto.app");
        settings["Logto:AppSecret"] = "";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddLogtoAuthentication();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Logto:AppSecret is missing", error.Message);
        Assert.DoesNotContain("Logto:AppId", error.Message);
    }

    [Fact]
    public async Task App_InProductionWithoutLogtoSettings_ExitsWithOneReadableMessage_NeverStartingTheEmulator()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BookstoreBlazor.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var key in new[] { "Endpoint", "AppId", "AppSecret" })
            start.Environment["Logto__" + key] = "";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("Bookstore cannot start: the Logto configuration is incomplete.", stderr);
        Assert.Contains("Logto__Endpoint", stderr);
        Assert.Contains("Logto__AppId", stderr);
        Assert.Contains("Logto__AppSecret", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains(BookstoreBlazor.Hosting.StartupErrorReporting.EmulatorHint, stderr);
        Assert.DoesNotContain("Logto emulator listening", await process.StandardOutput.ReadToEndAsync());
    }
}
