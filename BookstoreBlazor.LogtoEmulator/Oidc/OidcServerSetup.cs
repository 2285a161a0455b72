using System.Security.Cryptography;
using BookstoreBlazor.LogtoEmulator.ClientCredentials;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.LogtoEmulator.Storage;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>OpenIddict configured with Logto's paths, ES384 ID tokens, required PKCE and Logto's token rules.</summary>
internal static class OidcServerSetup
{
    public const string Discovery = "oidc/.well-known/openid-configuration";
    public const string Authorization = "oidc/auth";
    public const string PushedAuthorization = "oidc/request";
    public const string Token = "oidc/token";
    public const string UserInfo = "oidc/me";
    public const string Jwks = "oidc/jwks";
    public const string EndSession = "oidc/session/end";
    public const string Revocation = "oidc/token/revocation";
    public const string Introspection = "oidc/token/introspection";

    public static IServiceCollection AddLogtoOidcServer(this IServiceCollection services, EmulatorEndpoint endpoint,
        LogtoEmulatorOptions options)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<EmulatorDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(endpoint.Issuer);
                server.SetConfigurationEndpointUris(endpoint.Resolve(Discovery))
                    .SetAuthorizationEndpointUris(endpoint.Resolve(Authorization))
                    .SetTokenEndpointUris(endpoint.Resolve(Token))
                    .SetUserInfoEndpointUris(endpoint.Resolve(UserInfo))
                    .SetJsonWebKeySetEndpointUris(endpoint.Resolve(Jwks))
                    .SetEndSessionEndpointUris(endpoint.Resolve(EndSession))
                    .SetRevocationEndpointUris(endpoint.Resolve(Revocation))
                    .SetIntrospectionEndpointUris(endpoint.Resolve(Introspection));
                if (options.EnablePushedAuthorization)
                {
                    server.SetPushedAuthorizationEndpointUris(endpoint.Resolve(PushedAuthorization));
                }

                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                server.RequireProofKeyForCodeExchange();
                server.Configure(settings => settings.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(LogtoScopes.Supported);
                server.RegisterClaims(LogtoScopes.Claims);

                // API resources and their scopes: resource indicators are judged with Logto's rules and wording
                // (ResourceIndicatorValidation, and AuthorizationEndpoint so that error reaches the app's redirect URI);
                // Logto lets any first-party app ask for any API resource. Resource scopes live in OpenIddict's scope
                // store (ApiScopeRegistry), which keeps them out of discovery, as Logto's scopes_supported has none.
                server.DisableResourceValidation().IgnoreResourcePermissions();
                server.RemoveEventHandler(OpenIddictServerHandlers.Authentication.ValidateResourceParameter.Descriptor);
                server.AddEventHandler(ResourceIndicatorValidation.PushedDescriptor);
                server.AddEventHandler(ResourceIndicatorValidation.TokenDescriptor);
                server.AddEventHandler(ResourceTokenIssuer.Descriptor);
                server.AddEventHandler(TokenResponseScope.Descriptor);
                // M2M apps: Logto's client_credentials grant and its JWT for the resource.
                server.AddEventHandler(ClientCredentialsValidation.Descriptor);
                server.AddEventHandler(MachineAccessTokenIssuer.Descriptor);
                // Organizations: Logto's checks on a refresh with organization_id, and its organization token.
                server.AddEventHandler(OrganizationAccessValidation.Descriptor);
                server.AddEventHandler(OrganizationErrorBody.Descriptor);
                server.AddEventHandler(OrganizationTokenIssuer.Descriptor);
                server.AddEventHandler(OrganizationTokenIssuer.IdTokenDescriptor);

                // Logto signs ID tokens with an EC P-384 key (ES384).
                var signingKey = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384))
                {
                    KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24)),
                };
                server.AddSigningCredentials(new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha384));
                server.AddEphemeralEncryptionKey();

                // Logto's access tokens (without a resource) and refresh tokens are opaque.
                server.UseReferenceAccessTokens().UseReferenceRefreshTokens();
                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetIdentityTokenLifetime(options.IdTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                // Logto revokes the whole grant the moment a rotated refresh token comes back, with no grace period.
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                server.AddEventHandler(LogtoIdTokenClaims.RememberScopes);
                server.AddEventHandler(LogtoIdTokenClaims.Descriptor);
                server.AddEventHandler(IdTokenForgery.Descriptor);
                server.AddEventHandler(AuthorizationRequestLog.Descriptor);
                server.AddEventHandler(RefreshScopeValidation.Descriptor);

                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        return services;
    }
}
