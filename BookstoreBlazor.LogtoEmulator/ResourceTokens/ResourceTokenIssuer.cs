using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.Users;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>
/// A code or refresh token redeemed with a <c>resource</c>: OpenIddict does the grant (client, PKCE, rotation, ID token),
/// then its opaque access token is swapped for Logto's JWT before the ID token's <c>at_hash</c> is computed. The scope is
/// what Logto's refresh_token grant computes: the scopes asked for (the request's <c>scope</c>, else the grant's), that
/// the sign-in granted for the resource, that the user's roles still allow. With an <c>organization_id</c> too, the roles
/// are the user's organization roles there and the token carries the organization's id.
/// </summary>
internal sealed class ResourceTokenIssuer(UserDirectory users, RolePermissions permissions, ResourceAccessTokens tokens)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public const string IssuedScope = "logto-emulator.resource-scope";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<ResourceTokenIssuer>()
            .SetOrder(OpenIddictServerHandlers.AttachTokenDigests.Descriptor.Order - 1)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token || context.Request is null ||
            context.Request.IsClientCredentialsGrantType() || context.Request.GetResources() is not [var indicator] ||
            context.AccessToken is null || context.AccessTokenPrincipal is not { } accessToken ||
            context.Principal?.GetClaim(OpenIddictConstants.Claims.Subject) is not { } subject ||
            users.FindById(subject) is not { } user || permissions.FindResource(indicator) is not { } resource)
        {
            return default;
        }

        var requested = (context.Request.Scope is null ? context.Principal.GetScopes() : context.Request.GetScopes())
            .ToHashSet(StringComparer.Ordinal);
        var organizationId = OrganizationTokenRequest.OrganizationIdOf(context.Request);
        var allowed = (organizationId is null
            ? permissions.ScopesOf(user, resource)
            : permissions.ScopesInOrganization(user, organizationId, resource)).ToHashSet(StringComparer.Ordinal);
        var scopes = GrantedResourceScopes.Read(context.Principal, indicator)
            .Where(scope => requested.Contains(scope) && allowed.Contains(scope))
            .ToArray();

        var clientId = context.Request.ClientId ?? accessToken.GetPresenters().First();
        context.AccessToken = tokens.Create(indicator, subject, clientId, scopes,
            accessToken.GetCreationDate()!.Value, accessToken.GetExpirationDate()!.Value, organizationId);
        context.Transaction.Properties[IssuedScope] = string.Join(' ', scopes);
        return default;
    }
}
