using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>
/// Runs the emulator on its own: <c>dotnet run --project BookstoreBlazor.LogtoEmulator -- --port 3001
/// --app http://localhost:5208</c>. (Inside the app, Development starts it for you.)
/// </summary>
public static class LogtoEmulatorProgram
{
    public static async Task Main(string[] args)
    {
        var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
        await using var emulator = await LogtoEmulatorHost.StartAsync(new LogtoEmulatorOptions
        {
            Port = settings.GetValue("port", 3001),
        });
        var app = new Uri(settings["app"] ?? "http://localhost:5208");
        await emulator.AllowAppAsync(app);

        foreach (var line in emulator.Describe())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Point the app at it: Logto__Endpoint={emulator.Endpoint.BaseUri} Logto__AppId={emulator.DefaultClient.ClientId} " +
                          $"Logto__AppSecret={emulator.DefaultClient.ClientSecret} Logto__ApiResource={EmulatorApiResource.DefaultIndicator}");
        if (emulator.MachineApps.Count > 0)
        {
            Console.WriteLine($"Then call its API with the access_token: curl -H \"Authorization: Bearer <access_token>\" {new Uri(app, "api/books")}");
        }

        Console.WriteLine("Press Ctrl+C to stop.");
        await emulator.WaitForShutdownAsync();
    }
}
