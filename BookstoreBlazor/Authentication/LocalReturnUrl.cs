namespace BookstoreBlazor.Authentication;

/// <summary>
/// Reduces a <c>returnUrl</c> to a path on this site. Anything that a browser could read as another origin
/// (scheme-relative, backslash, absolute, script, control characters) becomes <c>/</c>.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";
    private const int MaxLength = 2048;

    public static string Sanitize(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength)
            return Home;

        // Browsers decode before they navigate, so judge every decoded form, not just the raw one.
        var candidate = returnUrl;
        for (var round = 0; round < 3; round++)
        {
            if (!IsLocalPath(candidate))
                return Home;
            var decoded = Uri.UnescapeDataString(candidate);
            if (decoded == candidate)
                return returnUrl;
            candidate = decoded;
        }
        return Home;
    }

    private static bool IsLocalPath(string url) =>
        url.Length > 0
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
