using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// <see cref="IClubDirectory"/> over Logto's Management API. Never throws for Logto's sake: a Logto that is down, slow
/// or refusing the M2M app answers <see cref="DirectoryStatus.Unavailable"/> (logged by <see cref="ManagementApiClient"/>).
/// </summary>
internal sealed partial class ClubDirectory(ManagementApiClient api, OrganizationRoleIds roleIds, IOptions<ManagementApiOptions> options,
    IOptions<ClubOptions> clubs, TimeProvider clock, IStringLocalizer<ClubsText> text) : IClubDirectory
{
    private InvitationOutcomes Outcomes { get; } = new(text);

    private const int PageSize = 100;

    // 100 pages of 100: far more members than a book club has, and a bound should Logto keep answering full pages.
    private const int MaxPages = 100;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<DirectoryResult<ClubInfo>> FindClubAsync(string clubId, CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
            return DirectoryResult<ClubInfo>.Failed(DirectoryStatus.NotConfigured);
        if (!ClubId.IsValid(clubId))
            return DirectoryResult<ClubInfo>.Failed(DirectoryStatus.NotFound);

        var answer = await api.GetAsync($"organizations/{clubId}", cancellationToken);
        return answer switch
        {
            { Status: 200 } when ManagementJson.Club(answer.Body) is { } club => DirectoryResult<ClubInfo>.Ok(club),
            { Status: 404 } => DirectoryResult<ClubInfo>.Failed(DirectoryStatus.NotFound),
            _ => DirectoryResult<ClubInfo>.Failed(DirectoryStatus.Unavailable),
        };
    }

    public async Task<DirectoryResult<IReadOnlyList<ClubMember>>> MembersAsync(string clubId, CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
            return DirectoryResult<IReadOnlyList<ClubMember>>.Failed(DirectoryStatus.NotConfigured);
        if (!ClubId.IsValid(clubId))
            return DirectoryResult<IReadOnlyList<ClubMember>>.Failed(DirectoryStatus.NotFound);

        var members = new List<ClubMember>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var answer = await api.GetAsync($"organizations/{clubId}/users?page={page}&page_size={PageSize}", cancellationToken);
            if (answer?.Status != 200)
                return DirectoryResult<IReadOnlyList<ClubMember>>.Failed(DirectoryStatus.Unavailable);

            var items = ManagementJson.Items(answer.Body).ToList();
            members.AddRange(items.Select(ManagementJson.Member).OfType<ClubMember>());
            if (items.Count < PageSize || answer.TotalNumber is { } total && page * PageSize >= total)
                break;
        }

        return DirectoryResult<IReadOnlyList<ClubMember>>.Ok(members);
    }

    public async Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> PendingInvitationsOfClubAsync(string clubId,
        CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
            return DirectoryResult<IReadOnlyList<ClubInvitation>>.Failed(DirectoryStatus.NotConfigured);
        if (!ClubId.IsValid(clubId))
            return DirectoryResult<IReadOnlyList<ClubInvitation>>.Failed(DirectoryStatus.NotFound);

        return await PendingAsync($"organization-invitations?organizationId={clubId}",
            invitation => invitation.OrganizationId == clubId, cancellationToken);
    }

    public async Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> InvitationsForAsync(string email,
        CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
            return DirectoryResult<IReadOnlyList<ClubInvitation>>.Failed(DirectoryStatus.NotConfigured);
        if (InviteeEmail.Normalize(email) is not { } invitee)
            return DirectoryResult<IReadOnlyList<ClubInvitation>>.Ok([]);

        return await PendingAsync($"organization-invitations?invitee={Uri.EscapeDataString(invitee)}",
            invitation => invitation.IsFor(invitee), cancellationToken);
    }

    /// <summary>
    /// The listed invitations that are pending and unexpired and pass <paramref name="belongs"/> (Logto filtered them
    /// already; checked again so a filter Logto ignored shows nobody else's), with club and inviter names. An invitation
    /// to a club that no longer exists is left out.
    /// </summary>
    private async Task<DirectoryResult<IReadOnlyList<ClubInvitation>>> PendingAsync(string path, Func<LogtoInvitation, bool> belongs,
        CancellationToken cancellationToken)
    {
        var answer = await api.GetAsync(path, cancellationToken);
        if (answer?.Status != 200)
            return DirectoryResult<IReadOnlyList<ClubInvitation>>.Failed(DirectoryStatus.Unavailable);

        var now = clock.GetUtcNow();
        var pending = ManagementJson.Items(answer.Body).Select(ManagementJson.Invitation).OfType<LogtoInvitation>()
            .Where(invitation => invitation.IsPendingAt(now) && belongs(invitation)).ToList();
        var clubNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var inviterNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var result = new List<ClubInvitation>();
        foreach (var invitation in pending)
        {
            if (!clubNames.TryGetValue(invitation.OrganizationId, out var clubName))
            {
                var club = await FindClubAsync(invitation.OrganizationId, cancellationToken);
                if (club.Status == DirectoryStatus.Unavailable)
                    return DirectoryResult<IReadOnlyList<ClubInvitation>>.Failed(DirectoryStatus.Unavailable);
                clubNames[invitation.OrganizationId] = clubName = club.Value?.Name;
            }

            if (clubName is null)
                continue;
            result.Add(invitation.ToClubInvitation(clubName, await InviterNameAsync(invitation.InviterId, inviterNames, cancellationToken)));
        }

        return DirectoryResult<IReadOnlyList<ClubInvitation>>.Ok(result);
    }

    /// <summary>The inviter's display name, or null when there is none or Logto cannot say (a list without it is still useful).</summary>
    private async Task<string?> InviterNameAsync(string? inviterId, Dictionary<string, string?> known, CancellationToken cancellationToken)
    {
        if (inviterId is null || !ClubId.IsValid(inviterId))
            return null;
        if (!known.TryGetValue(inviterId, out var name))
        {
            var answer = await api.GetAsync($"users/{inviterId}", cancellationToken);
            known[inviterId] = name = answer?.Status == 200 ? ManagementJson.DisplayName(answer.Body) : null;
        }

        return name;
    }
}
