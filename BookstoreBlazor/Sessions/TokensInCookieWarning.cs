namespace BookstoreBlazor.Sessions;

/// <summary>Says once, at start-up, what <see cref="SessionOptions.TokensInCookie"/> gives up, so nobody runs it unaware.</summary>
internal sealed partial class TokensInCookieWarning(ILogger<TokensInCookieWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogTokensInCookie(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sessions:TokensInCookie is on: tokens are kept in the browser's cookie; " +
                                                       "sessions cannot be listed or revoked; for benchmark comparison only.")]
    private static partial void LogTokensInCookie(ILogger logger);
}
