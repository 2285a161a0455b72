using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Logto's <c>koaAuth</c> in front of <c>/api</c>: a Bearer JWT signed with the tenant's key, from its issuer, for the
/// Management API indicator and not expired, else 401; its <c>scope</c> must hold <c>all</c>, else 403. A token for
/// another API (the Bookstore API's, say) is refused for its audience.
/// </summary>
internal sealed class ManagementApiAuthentication(IOptions<OpenIddictServerOptions> server, EmulatorEndpoint endpoint)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The error to answer with, or null when the request may go on.</summary>
    public async Task<IResult?> RefuseAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return ManagementErrors.HeaderMissing();
        }

        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return ManagementErrors.TokenTypeNotSupported();
        }

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            IssuerSigningKeys = server.Value.SigningCredentials.Select(credentials => credentials.Key),
            ValidAlgorithms = server.Value.SigningCredentials.Select(credentials => credentials.Algorithm),
            ValidIssuer = endpoint.Issuer.AbsoluteUri,
            ValidAudience = LogtoManagementApi.Indicator,
            ClockSkew = TimeSpan.Zero,
        });
        if (!result.IsValid)
        {
            return ManagementErrors.Unauthorized();
        }

        var scopes = (result.Claims.TryGetValue("scope", out var scope) ? scope as string : null)?.Split(' ') ?? [];
        return scopes.Contains(LogtoManagementApi.All, StringComparer.Ordinal) ? null : ManagementErrors.Forbidden();
    }
}
