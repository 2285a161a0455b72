using System.Security.Claims;

namespace BookstoreBlazor.Clubs.Access;

/// <summary>Authorizes club actions with organization tokens kept in the user's server-side session.</summary>
public interface IClubAccess
{
    /// <summary>
    /// The user's access to the club, from the session's organization token for it (obtained and refreshed as Logto's
    /// SDKs do, single-flight). A malformed <paramref name="clubId"/> is <see cref="ClubAccessState.NotAMember"/>
    /// without asking Logto. Call it again right before every change: it is cheap while the token is fresh.
    /// </summary>
    Task<ClubAccess> ForAsync(ClaimsPrincipal user, string? clubId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Refreshes the session now so its ID token (and so its <c>organizations</c> claims) reflect a membership that just
    /// changed, e.g. an invitation accepted; drops the session's organization tokens. False when it could not.
    /// The caller reloads the page to pick up the new principal.
    /// </summary>
    Task<bool> RefreshMembershipsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
