namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

internal static class BackchannelLogoutServices
{
    public static IServiceCollection AddBackchannelLogout(this IServiceCollection services)
    {
        services.AddSingleton<BackchannelLogoutRegistry>();
        services.AddSingleton<LogtoSessions>();
        services.AddSingleton<LogoutTokens>();
        services.AddSingleton<LogoutTokenForgery>();
        services.AddSingleton<BackchannelLogoutSender>();
        services.AddSingleton<SessionLogout>();
        // Short by default: a slow app delays an admin's "sign out of all sessions" by this much (never a user's sign-out).
        services.AddHttpClient(BackchannelLogoutSender.HttpClientName)
            .ConfigureHttpClient((services, http) => http.Timeout = services.GetRequiredService<LogtoEmulatorOptions>().BackchannelDeliveryTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddOpenIddict().AddServer(server => server
            .AddEventHandler(AdvertiseBackchannelLogout.Descriptor)
            .AddEventHandler(RecordSessionClient.Descriptor));
        return services;
    }
}
