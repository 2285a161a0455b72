namespace BookstoreBlazor.Clubs.Access;

/// <summary>Logto's names for organizations in OAuth (its core-kit's <c>UserScope</c>, <c>ReservedResource</c> and organization URN).</summary>
public static class LogtoOrganizations
{
    /// <summary>Grants the <c>organizations</c> claim, and is what an organization token requires of the refresh token.</summary>
    public const string Scope = "urn:logto:scope:organizations";

    /// <summary>Grants the <c>organization_roles</c> claim.</summary>
    public const string RolesScope = "urn:logto:scope:organization_roles";

    /// <summary>
    /// The reserved resource a sign-in names so that organization permissions asked for in <c>scope</c> are granted; Logto's
    /// SDKs add it whenever <see cref="Scope"/> is asked for.
    /// </summary>
    public const string Resource = "urn:logto:resource:organizations";

    /// <summary>The <c>aud</c> of an organization token for this organization.</summary>
    public static string Audience(string organizationId) => "urn:logto:organization:" + organizationId;
}
