using System.Security.Claims;
using BookstoreBlazor.Sessions;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// The one place components read a Logto user from. Logto sends null claims (a Kakao user's picture or
/// username) that arrive as empty strings, so empty always means absent here; so does text that draws nothing
/// (<see cref="VisibleText"/>), which lets the display name fall back to the next candidate.
/// </summary>
public static class ClaimsPrincipalExtensions
{
    public static string? GetUserId(this ClaimsPrincipal user) => user.Find(LogtoClaimTypes.Subject);

    /// <summary>The server-side session this principal was read from, which the sessions page calls "this device".</summary>
    public static string? GetSessionId(this ClaimsPrincipal user) => user.Find(SessionClaimTypes.SessionId);

    public static string? GetName(this ClaimsPrincipal user) => user.Find(LogtoClaimTypes.Name);

    public static string? GetUsername(this ClaimsPrincipal user) => user.Find(LogtoClaimTypes.Username);

    public static string? GetEmail(this ClaimsPrincipal user) => user.Find(LogtoClaimTypes.Email);

    public static bool IsEmailVerified(this ClaimsPrincipal user) =>
        string.Equals(user.Find(LogtoClaimTypes.EmailVerified), "true", StringComparison.OrdinalIgnoreCase);

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.GetName() ?? user.GetUsername() ?? user.GetEmail() ?? user.GetUserId() ?? "Signed-in user";

    /// <summary>The avatar URL, only when it is an absolute http(s) URL; anything else is not an image source.</summary>
    public static string? GetPictureUrl(this ClaimsPrincipal user) =>
        Uri.TryCreate(user.Find(LogtoClaimTypes.Picture), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    public static IReadOnlyList<string> GetRoles(this ClaimsPrincipal user) =>
        user.FindAll(LogtoClaimTypes.Roles).Select(c => c.Value.Trim()).Where(v => v.Length > 0).ToList();

    /// <summary>The social accounts linked at sign-in; a claim value that does not parse is left out.</summary>
    public static IReadOnlyList<LinkedIdentity> GetLinkedIdentities(this ClaimsPrincipal user) =>
        user.FindAll(LogtoClaimTypes.LinkedIdentity)
            .Select(c => LinkedIdentityClaimValue.Parse(c.Value))
            .OfType<LinkedIdentity>()
            .ToList();

    private static string? Find(this ClaimsPrincipal user, string type) =>
        user.FindAll(type).Select(c => c.Value.Trim()).FirstOrDefault(VisibleText.HasVisibleCharacter);
}
