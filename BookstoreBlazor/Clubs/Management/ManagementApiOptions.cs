namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// The <c>Logto:Management</c> section: a machine-to-machine app (Logto Console → Applications) with an M2M role that
/// holds the Management API's <c>all</c> permission. Without an App ID and secret, club invitations and member lists
/// are off and the rest of clubs works.
/// </summary>
public sealed class ManagementApiOptions
{
    public const string SectionName = "Logto:Management";

    public const string DefaultResource = "https://default.logto.app/api";

    public string AppId { get; set; } = "";

    /// <summary>Never committed: set through <c>Logto__Management__AppSecret</c> or user-secrets.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>
    /// The Management API's indicator: <c>https://default.logto.app/api</c> for a self-hosted (OSS) Logto, and
    /// <c>https://{tenantId}.logto.app/api</c> for a Logto Cloud tenant.
    /// </summary>
    public string Resource { get; set; } = DefaultResource;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret);
}
