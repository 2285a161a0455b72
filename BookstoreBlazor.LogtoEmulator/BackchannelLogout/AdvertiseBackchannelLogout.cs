using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>Discovery says what Logto's does: back-channel logout is supported, with <c>sid</c> in the token.</summary>
internal static class AdvertiseBackchannelLogout
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseInlineHandler(context =>
            {
                context.Metadata["backchannel_logout_supported"] = true;
                context.Metadata["backchannel_logout_session_supported"] = true;
                return default;
            })
            .Build();
}
