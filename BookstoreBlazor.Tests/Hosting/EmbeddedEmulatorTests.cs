using System.Diagnostics;
using System.Text.Json.Nodes;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Hosting;

/// <summary>Zero configuration in Development: the app starts the Logto emulator itself and signs in through it.</summary>
public sealed class EmbeddedEmulatorTests
{
    [Fact]
    public async Task Development_WithoutLogtoSettings_SignsInWithKakaoThroughTheEmbeddedEmulator()
    {
        await using var app = new BookstoreAppFactory("", new Dictionary<string, string?> { ["Logto:AppId"] = "", ["Logto:AppSecret"] = "" });
        app.UseKestrel(0);
        app.StartServer();
        var appBase = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var browser = new HttpBrowser();

        var consent = await browser.GoAsync(new Uri(appBase, "/sign-in/kakao"));
        var home = await browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = KakaoAccount.Tester.Id.ToString(), ["decision"] = "agree",
        });

        var endpoint = new Uri(app.Services.GetRequiredService<IOptions<LogtoOptions>>().Value.Endpoint);
        Assert.True(endpoint.IsLoopback);
        Assert.Equal(endpoint.Authority, consent.Uri.Authority);
        Assert.Equal(appBase.Authority, home.Uri.Authority);
        Assert.Contains("카카오테스터", home.Text("user-menu"));
    }

    [Fact]
    public async Task ReleaseBuild_ContainsNoEmulator()
    {
        var release = await EvaluateAsync("Release");
        var debug = await EvaluateAsync("Debug");

        Assert.DoesNotContain("LOGTO_EMULATOR", release["Properties"]!["DefineConstants"]!.GetValue<string>());
        Assert.Empty(release["Items"]!["ProjectReference"]!.AsArray());
        Assert.Contains("LOGTO_EMULATOR", debug["Properties"]!["DefineConstants"]!.GetValue<string>());
        Assert.Contains(debug["Items"]!["ProjectReference"]!.AsArray(),
            r => r!["Filename"]!.GetValue<string>() == "BookstoreBlazor.LogtoEmulator");
    }

    /// <summary>What MSBuild makes of the app's project file in a configuration, without building it.</summary>
    private static async Task<JsonNode> EvaluateAsync(string configuration)
    {
        var project = Path.Combine(RepositoryRoot.Path, "BookstoreBlazor", "BookstoreBlazor.csproj");
        var start = new ProcessStartInfo("dotnet",
            ["msbuild", project, "-getItem:ProjectReference", "-getProperty:DefineConstants", $"-p:Configuration={configuration}"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return JsonNode.Parse(output)!;
    }
}
