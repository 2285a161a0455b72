using System.Diagnostics;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Authentication.WarmUp;

/// <summary>
/// Before the app reports that it has started, fetches Logto's discovery document and signing keys and walks one
/// sign-in challenge that is never sent (<see cref="SignInDryRun"/>). The first person to sign in after a start would
/// otherwise pay for all of it (measured in README "Performance": about 0.9 s of a 1.7 s first redirect, most of it
/// JIT). Best effort: it starts beside the rest of start-up, start-up waits for it at most
/// <see cref="LogtoOptions.Timeout"/>, and a Logto that is down only costs a warning; the first sign-in then fetches
/// discovery itself, as it always did.
/// </summary>
internal sealed partial class LogtoWarmUp(IOptionsMonitor<OpenIdConnectOptions> oidcOptions, IOptions<LogtoOptions> logto,
    IServiceScopeFactory scopes, ILogger<LogtoWarmUp> logger) : IHostedLifecycleService
{
    private Task _warming = Task.CompletedTask;

    /// <summary>
    /// Starts warming up and returns. Not in the "starting" phase: the dry run protects its state with the
    /// data-protection key ring, kept in the session database that is created or upgraded then.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = Task.Run(WarmUpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The last step before "Application started": from then on the first sign-in finds everything warm. Waits at most
    /// <see cref="LogtoOptions.Timeout"/>; a warm-up still going then goes on (its calls to Logto have that timeout too).
    /// </summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _warming.WaitAsync(logto.Value.Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogStillWarmingUp(logger, logto.Value.Timeout.TotalSeconds);
        }
    }

    private async Task WarmUpAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var oidc = oidcOptions.Get(LogtoSchemes.Logto);
            // Discovery and then the keys it names, kept by the handler's configuration manager for every later sign-in.
            await oidc.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
            await SignInDryRun.RunAsync(scopes, CancellationToken.None);
            LogWarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e)
        {
            LogNotWarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in warmed up in {Milliseconds:F0} ms (Logto's discovery and keys fetched).")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Sign-in was not warmed up ({Milliseconds:F0} ms): {Reason} The app starts anyway; the first sign-in asks Logto again.")]
    private static partial void LogNotWarmedUp(ILogger logger, double milliseconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in is still warming up after {Seconds} s (Logto:Timeout); the app starts without waiting for it.")]
    private static partial void LogStillWarmingUp(ILogger logger, double seconds);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
