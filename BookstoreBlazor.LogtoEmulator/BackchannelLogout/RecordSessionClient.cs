using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>When the authorization endpoint issues a code, remembers that this client got tokens in this session.</summary>
internal sealed class RecordSessionClient(LogtoSessions sessions) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<RecordSessionClient>()
            .SetOrder(OpenIddictServerHandlers.GenerateAuthorizationCode.Descriptor.Order + 1)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType == OpenIddictServerEndpointType.Authorization && context.AuthorizationCode is not null &&
            context.Principal?.GetClaim("sid") is { } sessionId &&
            context.Principal.GetClaim(OpenIddictConstants.Claims.Subject) is { } userId &&
            context.Request.ClientId is { } clientId)
        {
            sessions.Record(sessionId, userId, clientId);
        }

        return default;
    }
}
