using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Sessions.Outage;
using BookstoreBlazor.Sessions.Refresh;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BookstoreBlazor.Clubs.Access;

/// <summary>
/// <see cref="IClubAccess"/> from the organization tokens <see cref="SessionRefresher"/> keeps in the server-side session:
/// a club's permissions are the <c>scope</c> of a token Logto issued for that club's organization, for this user.
/// </summary>
internal sealed partial class OrganizationTokenClubAccess(SessionRefresher refresher, ILogger<OrganizationTokenClubAccess> logger)
    : IClubAccess
{
    public async Task<ClubAccess> ForAsync(ClaimsPrincipal user, string? clubId, CancellationToken cancellationToken = default)
    {
        var id = clubId ?? "";
        if (user.Identity?.IsAuthenticated != true)
            return ClubAccess.Refused(ClubAccessState.SignedOut, id);
        // Checked before anything else: an id that is not Logto's never reaches Logto, nor becomes part of a token name.
        if (!ClubId.IsValid(clubId))
            return ClubAccess.Refused(ClubAccessState.NotAMember, id);
        // Signed in, but with no server-side session (tokens in the cookie, the benchmark baseline): nowhere to keep one.
        if (user.GetSessionId() is not { } sessionId)
            return ClubAccess.Refused(ClubAccessState.Unavailable, id);

        try
        {
            var (check, token) = await refresher.GetOrganizationTokenAsync(sessionId, id, cancellationToken);
            return check.State switch
            {
                SessionState.Ended => ClubAccess.Refused(ClubAccessState.SignedOut, id),
                SessionState.Refused => ClubAccess.Refused(StateOf(check.Refusal), id),
                SessionState.Unavailable => ClubAccess.Refused(ClubAccessState.Unavailable, id),
                // A session without a refresh token (signed in without offline_access) can never get one.
                _ when token is null => ClubAccess.Refused(ClubAccessState.NeedsSignIn, id),
                _ => Read(token, id, user),
            };
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            return ClubAccess.Refused(ClubAccessState.Unavailable, id);
        }
    }

    public async Task<bool> RefreshMembershipsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.GetSessionId() is not { } sessionId)
            return false;

        try
        {
            return (await refresher.RefreshNowAsync(sessionId, cancellationToken)).State == SessionState.Refreshed;
        }
        catch (Exception e) when (SessionStoreFailure.IsOutage(e))
        {
            return false;
        }
    }

    private static ClubAccessState StateOf(string? refusal) => refusal switch
    {
        "access_denied" => ClubAccessState.NotAMember,
        "insufficient_scope" => ClubAccessState.NeedsSignIn,
        _ => ClubAccessState.Unavailable,
    };

    /// <summary>
    /// The token came straight from Logto's token endpoint, but its <c>scope</c> only counts for the club and user it
    /// names: a token for another audience (another club, an API resource) or another subject grants nothing here.
    /// </summary>
    private ClubAccess Read(string token, string clubId, ClaimsPrincipal user)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            LogNotForTheClub(logger, clubId, "not a JWT");
            return ClubAccess.Refused(ClubAccessState.Unavailable, clubId);
        }

        var audiences = jwt.Audiences.ToList();
        if (audiences.Count == 0 || audiences.Any(audience => audience != LogtoOrganizations.Audience(clubId)))
        {
            LogNotForTheClub(logger, clubId, "another audience");
            return ClubAccess.Refused(ClubAccessState.Unavailable, clubId);
        }

        if (jwt.Subject != user.GetUserId())
        {
            LogNotForTheClub(logger, clubId, "another subject");
            return ClubAccess.Refused(ClubAccessState.Unavailable, clubId);
        }

        var scopes = jwt.TryGetPayloadValue<string>("scope", out var scope) ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new ClubAccess(ClubAccessState.Granted, clubId, scopes.ToHashSet(StringComparer.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The organization token for club {ClubId} was not used: {Reason}.")]
    private static partial void LogNotForTheClub(ILogger logger, string clubId, string reason);
}
