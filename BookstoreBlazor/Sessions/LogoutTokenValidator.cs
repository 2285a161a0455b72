using System.Text.Json;
using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Sessions;

/// <summary>What a valid logout token ends: the sessions of one Logto session (<c>sid</c>), or all of a user's.</summary>
internal sealed record LogoutRequest(string? LogtoSessionId, string? UserId);

/// <summary>Either the request a logout token makes, or why it was refused (for the log only).</summary>
internal sealed record LogoutTokenVerdict(LogoutRequest? Request, string? Refusal)
{
    public static LogoutTokenVerdict Refused(string reason) => new(null, reason);
}

/// <summary>
/// Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 asks: Logto's signature (asymmetric
/// algorithms only), issuer, audience, age, the logout event, <c>sid</c> or <c>sub</c>, no <c>nonce</c>, and no replay.
/// </summary>
internal sealed class LogoutTokenValidator(IOptionsMonitor<OpenIdConnectOptions> oidc, LogoutTokenReplays replays, TimeProvider clock)
{
    public const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // Logto's tokens carry no exp, so their age is bounded by iat: room for a slow delivery, little for a replay.
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public async Task<LogoutTokenVerdict> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
            return LogoutTokenVerdict.Refused("no logout_token");

        var options = oidc.Get(LogtoSchemes.Logto);
        var configurationManager = options.ConfigurationManager
            ?? throw new InvalidOperationException("The Logto handler has no configuration manager.");
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return LogoutTokenVerdict.Refused("Logto's signing keys could not be read");
        }

        var parameters = LogtoOpenIdConnect.TokenValidation(configuration, options.ClientId);
        // Lifetime is checked below from iat and exp, against this app's clock.
        parameters.ValidateLifetime = false;
        parameters.RequireExpirationTime = false;
        var result = await Handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            // Logto may have rotated its keys; the next token then finds the new ones (refreshes are rate-limited).
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
                configurationManager.RequestRefresh();
            return LogoutTokenVerdict.Refused($"signature, issuer or audience check failed ({result.Exception?.GetType().Name})");
        }

        return CheckClaims(jwt);
    }

    private LogoutTokenVerdict CheckClaims(JsonWebToken jwt)
    {
        if (!string.IsNullOrEmpty(jwt.Typ) && !IsLogoutType(jwt.Typ))
            return LogoutTokenVerdict.Refused("typ is not logout+jwt");

        using var document = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
        var claims = document.RootElement;
        var now = clock.GetUtcNow();
        if (TimeClaim(claims, "iat") is not { } issuedAt)
            return LogoutTokenVerdict.Refused("no iat");
        if (issuedAt > now + ClockSkew)
            return LogoutTokenVerdict.Refused("iat is in the future");
        if (now - issuedAt > MaxAge)
            return LogoutTokenVerdict.Refused("too old");
        if (claims.TryGetProperty("exp", out _) && (TimeClaim(claims, "exp") is not { } expires || expires + ClockSkew <= now))
            return LogoutTokenVerdict.Refused("expired");
        if (!claims.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Object ||
            !events.TryGetProperty(LogoutEvent, out var logoutEvent) || logoutEvent.ValueKind != JsonValueKind.Object)
            return LogoutTokenVerdict.Refused("no back-channel logout event");
        if (claims.TryGetProperty("nonce", out _))
            return LogoutTokenVerdict.Refused("has a nonce");

        var sid = StringClaim(claims, "sid");
        var sub = StringClaim(claims, "sub");
        if (sid is null && sub is null)
            return LogoutTokenVerdict.Refused("neither sid nor sub");
        if (StringClaim(claims, "jti") is not { } jti)
            return LogoutTokenVerdict.Refused("no jti");
        if (!replays.TryUse(jti, issuedAt + MaxAge))
            return LogoutTokenVerdict.Refused("replayed");

        return new LogoutTokenVerdict(new LogoutRequest(sid, sub), null);
    }

    private static bool IsLogoutType(string typ) =>
        typ.Equals("logout+jwt", StringComparison.OrdinalIgnoreCase) ||
        typ.Equals("application/logout+jwt", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? TimeClaim(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) &&
        seconds >= 0 && seconds <= MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static string? StringClaim(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
