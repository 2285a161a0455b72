using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Clubs;

/// <summary>One book on a club's shared reading list, with who put it there and when.</summary>
public sealed class ClubBook
{
    public int Id { get; set; }

    /// <summary>The club's Logto organization id (<see cref="Clubs.ClubId"/>).</summary>
    public required string ClubId { get; set; }

    public int BookId { get; set; }

    public Book Book { get; set; } = null!;

    /// <summary>Who added it: their Logto <c>sub</c>, and their display name as Logto gave it then.</summary>
    public required string AddedBySubject { get; set; }

    public required string AddedByName { get; set; }

    public DateTime AddedAt { get; set; }
}
