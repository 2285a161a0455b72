using BookstoreBlazor.Catalog;
using BookstoreBlazor.Shelves;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Clubs;

/// <summary>
/// What a club's members are reading: of each member's shelf, only the books they marked visible to their clubs, and of
/// those only the state and rating, never the private note. The caller must have authorized the club and read its
/// members from Logto already; this service trusts that the subjects it is given are the club's members.
/// </summary>
public sealed class ClubShelves(CatalogDatabase database)
{
    /// <summary>Most recently changed first, across members; books removed from the catalogue are left out.</summary>
    public async Task<IReadOnlyList<ClubShelfEntry>> ListAsync(string clubId, IEnumerable<string> memberIds,
        CancellationToken cancellationToken = default)
    {
        ClubId.ThrowIfInvalid(clubId);
        var members = memberIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (members.Count == 0)
            return [];

        await using var db = await database.OpenAsync(cancellationToken);
        // A projection, so the note is not even read from the database.
        return await db.ShelfEntries.AsNoTracking()
            .Where(e => e.VisibleToClubs && members.Contains(e.UserId) && e.Book.RemovedAt == null)
            .OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id)
            .Select(e => new ClubShelfEntry(e.UserId, e.Book, e.State, e.Rating, e.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
