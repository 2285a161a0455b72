using System.Globalization;
using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.LogtoEmulator.Users;

namespace BookstoreBlazor.LogtoEmulator;

/// <summary>What a Logto admin (console or Management API) does to a running tenant, and tokens for testing an app's receivers.</summary>
public sealed partial class LogtoEmulatorHost
{
    /// <summary>
    /// Logto console's "sign out of all sessions": ends every Logto session of the user and sends back-channel logout
    /// to the apps that got tokens in them. Grants (refresh tokens) are left alone, as whenever a Logto session ends.
    /// Returns how many sessions ended.
    /// </summary>
    public Task<int> EndUserSessionsAsync(string userId) =>
        _app.Services.GetRequiredService<SessionLogout>().EndUserSessionsAsync(userId);

    /// <summary>The Logto user a Kakao account signed in as, or null before its first sign-in.</summary>
    public EmulatorUser? FindKakaoUser(KakaoAccount account) =>
        Users.FindByIdentity(KakaoRoutes.Target, account.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Replaces the user's roles, as an admin does in the console. The next ID token (sign-in or refresh) and userinfo show
    /// them at once; an API access token loses a taken-away role's scopes at the next refresh but, as in Logto, gains a new
    /// role's scopes only from the next sign-in. Throws for a role <see cref="LogtoEmulatorOptions.Roles"/> lacks.
    /// </summary>
    public EmulatorUser SetRoles(string userId, params string[] roles) => Users.SetRoles(userId, roles);

    /// <summary>For tests of an app's back-channel logout endpoint: a logout token, genuine or with one fault.</summary>
    public string CreateLogoutToken(LogoutTokenFault fault, string clientId, string? sid, string? sub) =>
        _app.Services.GetRequiredService<LogoutTokenForgery>().Create(fault, clientId, sid, sub);

    /// <summary>
    /// For tests of an API: an access token for <paramref name="resource"/> shaped exactly like the ones this emulator
    /// issues on a resource refresh (space-separated <paramref name="scope"/>, empty for none), genuine or with one fault.
    /// The client defaults to <see cref="DefaultClient"/>.
    /// </summary>
    public string CreateAccessToken(AccessTokenFault fault, string resource, string subject, string scope, string? clientId = null) =>
        _app.Services.GetRequiredService<AccessTokenForgery>().Create(fault, resource, subject, scope, clientId ?? DefaultClient.ClientId);
}
