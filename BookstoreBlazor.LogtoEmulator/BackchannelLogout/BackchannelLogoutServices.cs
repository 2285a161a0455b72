namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

internal static class BackchannelLogoutServices
{
    // Short: a slow app only delays an admin's "sign out of all sessions", never a user's sign-out (SessionLogout).
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddBackchannelLogout(this IServiceCollection services)
    {
        services.AddSingleton<BackchannelLogoutRegistry>();
        services.AddSingleton<LogtoSessions>();
        services.AddSingleton<LogoutTokens>();
        services.AddSingleton<LogoutTokenForgery>();
        services.AddSingleton<BackchannelLogoutSender>();
        services.AddSingleton<SessionLogout>();
        services.AddHttpClient(BackchannelLogoutSender.HttpClientName, http => http.Timeout = DeliveryTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddOpenIddict().AddServer(server => server
            .AddEventHandler(AdvertiseBackchannelLogout.Descriptor)
            .AddEventHandler(RecordSessionClient.Descriptor));
        return services;
    }
}
