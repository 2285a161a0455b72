using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Users;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// Writes the user's current claims into every ID token as exact JSON. Claims cannot carry what Logto sends
/// (<c>"username": null</c>, <c>"roles": []</c>), and a refreshed ID token must show today's profile.
/// </summary>
internal sealed class LogtoIdTokenClaims(UserDirectory users, OrganizationDirectory organizations, LogtoEmulatorOptions options) : IOpenIddictServerHandler<GenerateTokenContext>
{
    private const string GrantedScopes = "logto-emulator.granted-scopes";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<LogtoIdTokenClaims>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachTokenMetadata.Descriptor.Order + 1)
            .Build();

    /// <summary>Remembers the grant's scopes for this request; the ID token's own principal no longer has them.</summary>
    public static OpenIddictServerHandlerDescriptor RememberScopes { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseInlineHandler(context =>
            {
                context.Transaction.Properties[GrantedScopes] = context.Principal!.GetScopes();
                return default;
            })
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType != OpenIddictConstants.TokenTypeIdentifiers.IdentityToken ||
            context.Principal.GetClaim(OpenIddictConstants.Claims.Subject) is not { } subject ||
            users.FindById(subject) is not { } user ||
            !context.Transaction.Properties.TryGetValue(GrantedScopes, out var scopes))
        {
            return default;
        }

        var descriptorClaims = context.SecurityTokenDescriptor.Claims ??= new Dictionary<string, object>();
        var granted = ((ImmutableArray<string>)scopes!).ToHashSet();
        var claims = LogtoUserClaims.ForIdToken(user, granted);
        OrganizationClaims.AddTo(claims, granted, organizations.OrganizationsOf(user.Id), userInfo: false);
        foreach (var (name, value) in claims)
        {
            descriptorClaims[name] = ToTokenValue(value)!;
        }

        if (options.RefreshedIdTokenSubject is { } forged && context.Transaction.Request?.IsRefreshTokenGrantType() == true)
        {
            descriptorClaims[OpenIddictConstants.Claims.Subject] = forged;
        }

        return default;
    }

    private static object? ToTokenValue(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValueKind.Number => value.GetValue<long>(),
        JsonValueKind.Array => value.AsArray().Select(item => item!.GetValue<string>()).ToArray(),
        _ => JsonSerializer.SerializeToElement(value),
    };
}
