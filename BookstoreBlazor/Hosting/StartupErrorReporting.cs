using BookstoreBlazor.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Hosting;

public static class StartupErrorReporting
{
    public const string EmulatorHint =
        "No Logto tenant yet? In Development (a Debug build started with `dotnet run --project BookstoreBlazor`) " +
        "an empty Logto:Endpoint starts the built-in Logto emulator instead.";

    /// <summary>Runs the app; a configuration mistake ends it with the validator's message instead of a stack trace.</summary>
    public static void RunOrExplain(this WebApplication app)
    {
        try
        {
            // Read the options before the host starts, so the host does not log the same mistake as a stack trace.
            _ = app.Services.GetRequiredService<IOptions<LogtoOptions>>().Value;
            app.Run();
        }
        catch (OptionsValidationException ex) when (ex.OptionsType == typeof(LogtoOptions))
        {
            Console.Error.WriteLine(ex.Message);
            if (string.IsNullOrWhiteSpace(app.Configuration["Logto:Endpoint"]))
                Console.Error.WriteLine(EmulatorHint);
            Environment.ExitCode = 1;
        }
    }
}
