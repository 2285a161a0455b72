using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Clubs;

/// <summary>The signed-in user's clubs, with <see cref="ClubOptions.OwnerRole"/> deciding who counts as an owner.</summary>
public sealed class ClubMemberships(IOptions<ClubOptions> options)
{
    public IReadOnlyList<ClubMembership> Of(ClaimsPrincipal user) => ClubClaims.Read(user, options.Value.OwnerRole.Trim());

    /// <summary>The user's membership of this club, or null when their claims do not list it (or the id is malformed).</summary>
    public ClubMembership? In(ClaimsPrincipal user, string? clubId) =>
        ClubId.IsValid(clubId) ? Of(user).FirstOrDefault(m => m.ClubId == clubId) : null;
}
