namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>Logto's scopes and the claims each one releases.</summary>
internal static class LogtoScopes
{
    public const string OpenId = "openid";
    public const string OfflineAccess = "offline_access";
    public const string Profile = "profile";
    public const string Email = "email";
    public const string Identities = "identities";
    public const string Roles = "roles";
    public const string CustomData = "custom_data";
    public const string Organizations = "urn:logto:scope:organizations";
    public const string OrganizationRoles = "urn:logto:scope:organization_roles";

    /// <summary>Scopes an application may be granted besides <c>openid</c> and <c>offline_access</c>.</summary>
    public static readonly string[] Grantable =
        [Profile, Email, "phone", "address", CustomData, Identities, Roles,
         Organizations, OrganizationRoles];

    public static readonly string[] Supported = [OpenId, OfflineAccess, .. Grantable, "urn:logto:scope:sessions"];

    /// <summary>The claims Logto lists in its discovery document.</summary>
    public static readonly string[] Claims =
        ["sub", "name", "family_name", "given_name", "middle_name", "nickname", "preferred_username", "profile",
         "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at", "username", "created_at",
         "email", "email_verified", "phone_number", "phone_number_verified", "address", "custom_data", "identities",
         "sso_identities", "roles", "organizations", "organization_data", "organization_roles", "sid", "auth_time", "iss"];
}
