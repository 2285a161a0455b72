using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.OrganizationTokens;

/// <summary>
/// A refresh with <c>organization_id</c> and no <c>resource</c>: OpenIddict rotates the refresh token as usual, then its
/// opaque access token is swapped for Logto's organization token, the resource token's JWT with
/// <c>aud = urn:logto:organization:{id}</c>. Its <c>scope</c> is what Logto's grant computes: the organization
/// permissions the user's organization roles there grant now, that were asked for (the request's <c>scope</c>, else the
/// refresh token's) and granted at sign-in through <c>urn:logto:resource:organizations</c>.
/// </summary>
internal sealed class OrganizationTokenIssuer(OrganizationDirectory organizations, ResourceAccessTokens tokens)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<OrganizationTokenIssuer>()
            .SetOrder(OpenIddictServerHandlers.AttachTokenDigests.Descriptor.Order - 1)
            .Build();

    /// <summary>Logto issues no ID token for an organization token asked without <c>openid</c> in its scope.</summary>
    public static OpenIddictServerHandlerDescriptor IdTokenDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseInlineHandler(context =>
            {
                if (context.EndpointType == OpenIddictServerEndpointType.Token && context.Principal is { } grant &&
                    OrganizationTokenRequest.IsOrganizationToken(context.Request) &&
                    !OrganizationTokenRequest.WantsIdToken(context.Request!, grant))
                {
                    context.GenerateIdentityToken = false;
                    context.IncludeIdentityToken = false;
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.EvaluateGeneratedTokens.Descriptor.Order + 1)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token || !OrganizationTokenRequest.IsOrganizationToken(context.Request) ||
            context.AccessToken is null || context.AccessTokenPrincipal is not { } accessToken || context.Principal is not { } grant ||
            grant.GetClaim(OpenIddictConstants.Claims.Subject) is not { } subject)
        {
            return default;
        }

        var organizationId = OrganizationTokenRequest.OrganizationIdOf(context.Request)!;
        var requested = OrganizationTokenRequest.RequestedScopes(context.Request!, grant);
        var consented = GrantedResourceScopes.Read(grant, OrganizationUrns.ReservedResource).ToHashSet(StringComparer.Ordinal);
        var roles = organizations.RolesOf(organizationId, subject).Select(role => role.Name);
        var scopes = organizations.Template.ScopesOf(roles)
            .Where(scope => requested.Contains(scope) && consented.Contains(scope))
            .ToArray();

        var clientId = context.Request!.ClientId ?? accessToken.GetPresenters().First();
        context.AccessToken = tokens.Create(OrganizationUrns.Audience(organizationId), subject, clientId, scopes,
            accessToken.GetCreationDate()!.Value, accessToken.GetExpirationDate()!.Value);
        context.Transaction.Properties[ResourceTokenIssuer.IssuedScope] = string.Join(' ', scopes);
        return default;
    }
}
