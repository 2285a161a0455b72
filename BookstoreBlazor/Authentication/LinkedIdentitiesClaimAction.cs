using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OAuth.Claims;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Turns the <c>identities</c> object of Logto's userinfo into one small <see cref="LogtoClaimTypes.LinkedIdentity"/>
/// claim per provider: its user id, nickname and email, nothing else. Every claim ends up in the auth cookie, so
/// <c>details.rawData</c> (the provider's whole profile) and <c>avatar</c> are never copied and each field is capped.
/// A shape other than Logto's is skipped, never a reason to fail the sign-in; text that draws nothing counts as absent.
/// </summary>
internal sealed class LinkedIdentitiesClaimAction() : ClaimAction(LogtoClaimTypes.LinkedIdentity, ClaimValueTypes.String)
{
    public const string UserInfoKey = "identities";
    public const int MaxProviders = 10;
    public const int MaxFieldLength = 256;

    public override void Run(JsonElement userData, ClaimsIdentity identity, string issuer)
    {
        // Userinfo is the only source of this claim type, even if a token happened to carry a claim of the same name.
        foreach (var claim in identity.FindAll(ClaimType).ToList())
            identity.RemoveClaim(claim);

        if (userData.ValueKind != JsonValueKind.Object
            || !userData.TryGetProperty(UserInfoKey, out var identities)
            || identities.ValueKind != JsonValueKind.Object)
            return;

        var providers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in identities.EnumerateObject())
        {
            if (providers.Count == MaxProviders)
                break;
            if (Read(property) is { } linked && providers.Add(linked.Provider))
                identity.AddClaim(new Claim(ClaimType, LinkedIdentityClaimValue.Format(linked), ValueType, issuer));
        }
    }

    private static LinkedIdentity? Read(JsonProperty provider)
    {
        if (Capped(provider.Name) is not { } name || Text(provider.Value, "userId") is not { } userId)
            return null;
        var details = provider.Value.TryGetProperty("details", out var value) ? value : default;
        return new LinkedIdentity(name, userId, Text(details, "name"), Text(details, "email"));
    }

    private static string? Text(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? Capped(value.GetString())
            : null;

    private static string? Capped(string? value)
    {
        value = value?.Trim();
        if (!VisibleText.HasVisibleCharacter(value))
            return null;
        if (value.Length <= MaxFieldLength)
            return value;
        // Cutting between the two halves of a surrogate pair would leave text that cannot be encoded.
        return value[..(char.IsHighSurrogate(value[MaxFieldLength - 1]) ? MaxFieldLength - 1 : MaxFieldLength)];
    }
}
