using BookstoreBlazor.LogtoEmulator.Signing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static BookstoreBlazor.LogtoEmulator.Oidc.IdTokenFault;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// Test fault (<see cref="LogtoEmulatorOptions.IdTokenFault"/>): swaps the ID token of a code redemption for a copy
/// with one thing wrong, after OpenIddict has generated it and before it goes into the token response.
/// </summary>
internal sealed class IdTokenForgery(LogtoEmulatorOptions options, IOptions<OpenIddictServerOptions> server, TimeProvider clock)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public const string ForeignNonce = "nonce-of-another-sign-in";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<IdTokenForgery>()
            .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order - 1)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        // Read per request, so a test can change the fault between sign-ins.
        var fault = options.IdTokenFault;
        if (fault != None && context.IdentityToken is { } genuine && context.Request?.IsAuthorizationCodeGrantType() == true)
        {
            context.IdentityToken = Forge(genuine, fault);
        }

        return default;
    }

    private string Forge(string genuine, IdTokenFault fault)
    {
        var claims = JwtSigner.ReadClaims(genuine);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var hour = (long)TimeSpan.FromHours(1).TotalSeconds;
        switch (fault)
        {
            case WrongIssuer: claims["iss"] = ForgedClaims.ForeignIssuer; break;
            case WrongAudience: claims["aud"] = ForgedClaims.ForeignAudience; break;
            case Expired: claims["iat"] = now - 2 * hour; claims["exp"] = now - hour; break;
            case NotYetValid: claims["iat"] = now + hour; claims["nbf"] = now + hour; claims["exp"] = now + 2 * hour; break;
            case WrongNonce: claims["nonce"] = ForeignNonce; break;
            case MissingSubject: claims.Remove("sub"); break;
            // at_hash is a hash named by the signing algorithm, and "none" names none: an unsigned token cannot carry one.
            case AlgNone: claims.Remove("at_hash"); break;
        }

        var type = new JsonWebToken(genuine).Typ is { Length: > 0 } typ ? typ : "JWT";
        return JwtSigner.Sign(claims, type, server.Value.SigningCredentials[0], fault switch
        {
            UnknownSigningKey => SignatureForgery.UnknownKey,
            AlgNone => SignatureForgery.AlgNone,
            HmacWithPublicKey => SignatureForgery.HmacWithPublicKey,
            _ => SignatureForgery.None,
        });
    }
}
