using System.Security.Claims;
using System.Security.Cryptography;
using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.LogtoEmulator.Experience;

/// <summary>The emulator's own sign-in session (Logto's session cookie): who is signed in, since when, and its id.</summary>
internal sealed record EmulatorSession(string UserId, string SessionId, DateTimeOffset AuthTime)
{
    public static async Task SignInAsync(HttpContext context, EmulatorUser user, TimeProvider clock)
    {
        var identity = new ClaimsIdentity(EmulatorCookies.SessionScheme, "sub", null);
        identity.AddClaim(new Claim("sub", user.Id));
        identity.AddClaim(new Claim("sid", Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_')));
        identity.AddClaim(new Claim("auth_time", clock.GetUtcNow().ToUnixTimeSeconds().ToString(), ClaimValueTypes.Integer64));
        await context.SignInAsync(EmulatorCookies.SessionScheme, new ClaimsPrincipal(identity));
    }

    public static async Task<EmulatorSession?> FindAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(EmulatorCookies.SessionScheme);
        var principal = result.Principal;
        if (!result.Succeeded || principal?.FindFirst("sub")?.Value is not { } sub || principal.FindFirst("sid")?.Value is not { } sid ||
            !long.TryParse(principal.FindFirst("auth_time")?.Value, out var authTime) ||
            context.RequestServices.GetRequiredService<LogtoSessions>().HasEnded(sid))
        {
            return null;
        }

        return new EmulatorSession(sub, sid, DateTimeOffset.FromUnixTimeSeconds(authTime));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(EmulatorCookies.SessionScheme);
}
