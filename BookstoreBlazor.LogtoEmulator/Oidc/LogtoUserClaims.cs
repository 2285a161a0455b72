using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// A user's claims as Logto releases them per scope: null values stay (Logto sends <c>"username": null</c>) and
/// <c>created_at</c>/<c>updated_at</c> are in milliseconds. <c>identities</c> and <c>custom_data</c> only go to userinfo.
/// </summary>
internal static class LogtoUserClaims
{
    public static JsonObject ForIdToken(EmulatorUser user, IReadOnlySet<string> scopes)
    {
        var claims = new JsonObject { ["sub"] = user.Id };
        if (scopes.Contains(LogtoScopes.Profile))
        {
            claims["name"] = user.Name;
            claims["picture"] = user.Picture;
            claims["updated_at"] = user.UpdatedAt.ToUnixTimeMilliseconds();
            claims["username"] = user.Username;
            claims["created_at"] = user.CreatedAt.ToUnixTimeMilliseconds();
        }

        if (scopes.Contains(LogtoScopes.Email))
        {
            claims["email"] = user.Email;
            // Logto's email_verified means "has a primary email", not that anyone checked it.
            claims["email_verified"] = user.Email is not null;
        }

        if (scopes.Contains(LogtoScopes.Roles))
        {
            claims["roles"] = new JsonArray([.. user.Roles.Select(r => JsonValue.Create(r))]);
        }

        return claims;
    }

    public static JsonObject ForUserInfo(EmulatorUser user, IReadOnlySet<string> scopes)
    {
        var claims = ForIdToken(user, scopes);
        if (scopes.Contains(LogtoScopes.Identities))
        {
            claims["identities"] = Identities(user);
            claims["sso_identities"] = new JsonArray();
        }

        if (scopes.Contains(LogtoScopes.CustomData))
        {
            claims["custom_data"] = user.CustomData?.DeepClone() ?? new JsonObject();
        }

        return claims;
    }

    /// <summary>Logto's <c>identities</c>: <c>{ target: { userId, details } }</c>, as userinfo and the Management API show it.</summary>
    public static JsonObject Identities(EmulatorUser user)
    {
        var identities = new JsonObject();
        foreach (var (target, identity) in user.Identities)
        {
            identities[target] = new JsonObject { ["userId"] = identity.UserId, ["details"] = identity.Details.DeepClone() };
        }

        return identities;
    }
}
