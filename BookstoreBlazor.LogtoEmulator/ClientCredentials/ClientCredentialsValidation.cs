using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.ClientCredentials;

/// <summary>
/// A client credentials request judged in Logto's order and wording (node-oidc-provider's client authentication, its
/// grant type check, then Logto's <c>client_credentials</c> grant): the client first, then that it is an M2M app, then
/// that it names a <c>resource</c>. Which resource, and how many, <see cref="ResourceIndicatorValidation"/> judges next.
/// </summary>
internal sealed class ClientCredentialsValidation(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string RequestedScopes = "logto-emulator.client-credentials-scopes";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<ClientCredentialsValidation>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateGrantType.Descriptor.Order + 1)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var request = context.Request;
        if (!request.IsClientCredentialsGrantType())
        {
            return;
        }

        if (await RefusalAsync(request, context.CancellationToken) is var (error, description))
        {
            context.Reject(error, description);
            return;
        }

        // Logto keeps the requested scopes the app's M2M roles grant and drops the rest without a word, where OpenIddict
        // would refuse a scope it does not know: the request goes on without them, and the token is minted from these.
        context.Transaction.Properties[RequestedScopes] = request.GetScopes().Distinct(StringComparer.Ordinal).ToArray();
        request.Scope = null;
    }

    private async Task<(string Error, string Description)?> RefusalAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.ClientId))
        {
            return (Errors.InvalidRequest, "no client authentication mechanism provided");
        }

        if (await applications.FindByClientIdAsync(request.ClientId, cancellationToken) is not { } application)
        {
            return (Errors.InvalidClient, $"invalid client {request.ClientId}");
        }

        if (string.IsNullOrEmpty(request.ClientSecret) ||
            !await applications.ValidateClientSecretAsync(application, request.ClientSecret, cancellationToken))
        {
            return (Errors.InvalidClient, "client authentication failed");
        }

        // Logto gives only "Machine-to-machine" apps this grant; a traditional web app has authorization_code and refresh_token.
        if (!await applications.HasPermissionAsync(application, Permissions.GrantTypes.ClientCredentials, cancellationToken))
        {
            return (Errors.UnauthorizedClient, "requested grant type is not allowed for this client");
        }

        return request.GetResources().Length == 0
            ? (ResourceIndicators.InvalidTarget, "both `resource` and `organization_id` are not provided")
            : null;
    }
}
