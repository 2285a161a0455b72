namespace BookstoreBlazor.Hosting;

public static class ContentSecurityPolicy
{
    public static string For(Uri logtoEndpoint, string nonce)
    {
        var logto = logtoEndpoint.GetLeftPart(UriPartial.Authority);
        // https: already covers avatars from Logto and Kakao; only a loopback emulator on plain http needs naming.
        var images = logtoEndpoint.Scheme == Uri.UriSchemeHttps ? "" : " " + logto;
        return string.Join("; ",
            "default-src 'self'",
            // Blazor Server needs no eval; the nonce admits only the import map it writes inline.
            $"script-src 'self' 'nonce-{nonce}'",
            // MudBlazor sets style attributes and injects <style> elements at run time.
            "style-src 'self' 'unsafe-inline'",
            $"img-src 'self' https: data:{images}",
            // CSP3 'self' matches ws(s) to the same host and port, which is where the Blazor circuit connects.
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            // Chromium checks form-action on the redirects after a submit: POST /sign-out ends at Logto's end-session.
            $"form-action 'self' {logto}");
    }
}
