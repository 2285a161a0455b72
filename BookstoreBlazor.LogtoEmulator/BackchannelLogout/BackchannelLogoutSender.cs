namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>
/// POSTs a logout token to every back-channel logout URI of each application that got tokens in an ended session.
/// A delivery that fails is logged and dropped, as Logto does: it never fails the sign-out that caused it.
/// </summary>
internal sealed partial class BackchannelLogoutSender(IHttpClientFactory http, BackchannelLogoutRegistry registry,
    LogoutTokens tokens, ILogger<BackchannelLogoutSender> logger)
{
    public const string HttpClientName = "logto-emulator.backchannel-logout";

    public Task NotifyAsync(EndedSession session) => Task.WhenAll(
        from clientId in session.ClientIds
        from uri in registry.For(clientId)
        select DeliverAsync(uri, tokens.Create(clientId, session.SessionId, session.UserId)));

    private async Task DeliverAsync(Uri uri, string logoutToken)
    {
        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var body = new FormUrlEncodedContent([KeyValuePair.Create("logout_token", logoutToken)]);
            using var response = await client.PostAsync(uri, body);
            if (!response.IsSuccessStatusCode)
                LogRefused(logger, uri, (int)response.StatusCode);
        }
        catch (Exception ex)
        {
            // Whatever went wrong (the app is down, slow, or the emulator is stopping), the session has ended anyway.
            LogUnreachable(logger, uri, ex.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Back-channel logout to {Uri} was refused with status {Status}")]
    private static partial void LogRefused(ILogger logger, Uri uri, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Back-channel logout to {Uri} could not be delivered: {Cause}")]
    private static partial void LogUnreachable(ILogger logger, Uri uri, string cause);
}
