using BookstoreBlazor.LogtoEmulator.Rbac;

namespace BookstoreBlazor.LogtoEmulator.ResourceTokens;

/// <summary>How Logto (node-oidc-provider's <c>check_resource</c> with Logto's <c>getResourceServerInfo</c>) judges <c>resource</c>.</summary>
internal static class ResourceIndicators
{
    public const string InvalidTarget = "invalid_target";
    public const string Unknown = "resource indicator is missing, or unknown";
    public const string OnlyOneAtTokenEndpoint =
        "only a single resource indicator value must be requested/resolved during Access Token Request";
    public const string OnlyOneForClientCredentials = "only a single resource indicator value is supported for this grant type";

    /// <summary>Logto's error_description for the first indicator it would refuse, or null when all name API resources.</summary>
    public static string? Problem(IEnumerable<string> indicators, IReadOnlyList<EmulatorApiResource> resources)
    {
        foreach (var indicator in indicators)
        {
            if (!Uri.TryCreate(indicator, UriKind.Absolute, out _))
            {
                return "resource indicator must be an absolute URI";
            }

            if (indicator.Contains('#', StringComparison.Ordinal))
            {
                return "resource indicator must not contain a fragment component";
            }

            if (resources.All(resource => resource.Indicator != indicator))
            {
                return Unknown;
            }
        }

        return null;
    }
}
