using BookstoreBlazor.LogtoEmulator.Oidc;
using BookstoreBlazor.LogtoEmulator.Organizations;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.OrganizationTokens;

/// <summary>
/// Logto's organization checks on a refresh with <c>organization_id</c> (its <c>checkOrganizationAccess</c>, then the
/// scope precondition), after the standard refresh checks and before the refresh token is rotated, so a refused request
/// leaves the refresh token usable. An organization that does not exist fails the membership check like any other.
/// </summary>
internal sealed class OrganizationAccessValidation(OrganizationDirectory organizations) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string NotAMember = "user is not a member of the organization";
    public const string MissingScope = "refresh token missing required scope";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<OrganizationAccessValidation>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateGrantedScopes.Descriptor.Order + 1)
            .Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (OrganizationTokenRequest.OrganizationIdOf(context.Request) is not { } organizationId ||
            context.RefreshTokenPrincipal is not { } grant)
        {
            return default;
        }

        if (grant.GetClaim(OpenIddictConstants.Claims.Subject) is not { } userId || !organizations.IsMember(organizationId, userId))
        {
            OrganizationErrorBody.Refuse(context, OpenIddictConstants.Errors.AccessDenied, NotAMember);
        }
        else if (!grant.HasScope(LogtoScopes.Organizations))
        {
            OrganizationErrorBody.Refuse(context, OpenIddictConstants.Errors.InsufficientScope, MissingScope, LogtoScopes.Organizations);
        }

        return default;
    }
}
