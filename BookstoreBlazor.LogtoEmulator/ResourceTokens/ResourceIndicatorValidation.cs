using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// Refuses <c>resource</c> values Logto refuses, with its wording, at the pushed authorization and token endpoints (both
/// answer with a JSON error). At the token endpoint Logto also takes at most one resource. The authorization endpoint's
/// check is in <see cref="Oidc.AuthorizationEndpoint"/>, so its error goes back to the app's redirect URI as Logto's does.
/// </summary>
internal sealed class ResourceIndicatorValidation(LogtoEmulatorOptions options) :
    IOpenIddictServerHandler<ValidatePushedAuthorizationRequestContext>, IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor PushedDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidatePushedAuthorizationRequestContext>()
            .UseSingletonHandler<ResourceIndicatorValidation>()
            .SetOrder(Authentication.ValidatePushedResourceParameter.Descriptor.Order - 1)
            .Build();

    public static OpenIddictServerHandlerDescriptor TokenDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<ResourceIndicatorValidation>()
            .SetOrder(Exchange.ValidateResourceParameter.Descriptor.Order - 1)
            .Build();

    public ValueTask HandleAsync(ValidatePushedAuthorizationRequestContext context)
    {
        if (ResourceIndicators.Problem(context.Request.GetResources(), options.EffectiveApiResources) is { } problem)
        {
            context.Reject(ResourceIndicators.InvalidTarget, problem);
        }

        return default;
    }

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var resources = context.Request.GetResources();
        if (ResourceIndicators.Problem(resources, options.EffectiveApiResources) is { } problem)
        {
            context.Reject(ResourceIndicators.InvalidTarget, problem);
        }
        else if (resources.Length > 1)
        {
            context.Reject(ResourceIndicators.InvalidTarget, context.Request.IsClientCredentialsGrantType()
                ? ResourceIndicators.OnlyOneForClientCredentials
                : ResourceIndicators.OnlyOneAtTokenEndpoint);
        }

        return default;
    }
}
