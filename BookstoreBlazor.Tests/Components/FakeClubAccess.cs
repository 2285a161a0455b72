using System.Security.Claims;
using BookstoreBlazor.Clubs.Access;

namespace BookstoreBlazor.Tests.Components;

/// <summary>
/// Club access as a test sets it: an answer per club id (anything else is <see cref="ClubAccessState.NotAMember"/>, as
/// Logto answers for unknown and malformed ids), every question recorded, and optionally held until the test lets it go.
/// </summary>
public sealed class FakeClubAccess : IClubAccess
{
    private readonly Dictionary<string, ClubAccess> _answers = new(StringComparer.Ordinal);

    /// <summary>The club ids asked about, in order (null and malformed ones too).</summary>
    public List<string?> Asked { get; } = [];

    /// <summary>When set, every answer waits for it: lets a test see the page while access is being checked.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Every question throws, as a bug in the session store or token client would.</summary>
    public bool Throws { get; set; }

    public bool RefreshSucceeds { get; set; } = true;

    public int Refreshes { get; private set; }

    public static ClubAccess Owner(string clubId) =>
        new(ClubAccessState.Granted, clubId, new HashSet<string>([ClubPermissions.Read, ClubPermissions.EditList, ClubPermissions.Invite]));

    public static ClubAccess Member(string clubId) => new(ClubAccessState.Granted, clubId, new HashSet<string>([ClubPermissions.Read]));

    public void Answer(ClubAccess access) => _answers[access.ClubId] = access;

    public void Answer(string clubId, ClubAccessState state) => _answers[clubId] = ClubAccess.Refused(state, clubId);

    public async Task<ClubAccess> ForAsync(ClaimsPrincipal user, string? clubId, CancellationToken cancellationToken = default)
    {
        Asked.Add(clubId);
        if (Hold is { } hold)
            await hold.Task;
        if (Throws)
            throw new InvalidOperationException("Club access broke.");
        return clubId is not null && _answers.TryGetValue(clubId, out var access)
            ? access
            : ClubAccess.Refused(ClubAccessState.NotAMember, clubId ?? "");
    }

    public Task<bool> RefreshMembershipsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        Refreshes++;
        return Task.FromResult(RefreshSucceeds);
    }
}
