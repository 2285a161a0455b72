namespace BookstoreBlazor.LogtoEmulator.Signing;

/// <summary>Values a forged token puts where Logto's own would be.</summary>
internal static class ForgedClaims
{
    /// <summary>Another Logto tenant: a token it issued must not be accepted as this tenant's.</summary>
    public const string ForeignIssuer = "https://tenant.logto.example/oidc";

    /// <summary>Another application in the same tenant.</summary>
    public const string ForeignAudience = "another-app";

    /// <summary>Another API resource in the same tenant.</summary>
    public const string ForeignResource = "https://api.another.example";
}
