namespace BookstoreBlazor.LogtoEmulator.OrganizationTokens;

/// <summary>Logto's names for organizations in OAuth (core-kit's <c>ReservedResource</c> and <c>buildOrganizationUrn</c>).</summary>
public static class OrganizationUrns
{
    /// <summary>The reserved resource an app names at sign-in to have organization permissions granted into the grant.</summary>
    public const string ReservedResource = "urn:logto:resource:organizations";

    public const string AudiencePrefix = "urn:logto:organization:";

    /// <summary>The <c>aud</c> of an organization token.</summary>
    public static string Audience(string organizationId) => AudiencePrefix + organizationId;
}
