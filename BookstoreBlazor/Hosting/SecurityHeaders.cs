using System.Security.Cryptography;
using BookstoreBlazor.Authentication;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Hosting;

/// <summary>CSP, nosniff, referrer and framing headers on every response: pages, static files and error pages.</summary>
public static class SecurityHeaders
{
    private const string NonceKey = "bookstore.csp-nonce";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            // Set on starting, not now: the exception handler clears the headers before it renders its error page.
            context.Response.OnStarting(() =>
            {
                var logto = context.RequestServices.GetRequiredService<IOptions<LogtoOptions>>().Value.EndpointUri;
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(logto, nonce);
                headers.XContentTypeOptions = "nosniff";
                // Cross-origin requests (Logto, avatar hosts) learn only our origin, never a path or a returnUrl.
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>This request's CSP nonce, for the one inline script Blazor writes: the import map.</summary>
    public static string? CspNonce(this HttpContext context) => context.Items[NonceKey] as string;
}
