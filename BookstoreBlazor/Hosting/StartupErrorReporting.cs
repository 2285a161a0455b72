using BookstoreBlazor.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Hosting;

public static class StartupErrorReporting
{
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
            Environment.ExitCode = 1;
        }
    }
}
