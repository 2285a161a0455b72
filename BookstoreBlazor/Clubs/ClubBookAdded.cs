namespace BookstoreBlazor.Clubs;

public enum ClubBookOutcome
{
    Added,
    /// <summary>The book was on the list already (perhaps added by another owner a moment ago); nothing changed.</summary>
    AlreadyListed,
    /// <summary>The ISBN is malformed, unknown, or the book was removed from the catalogue; nothing changed.</summary>
    NotInCatalogue,
}

/// <summary>What adding a book to a club's list did, with a sentence saying so for the person who asked.</summary>
public sealed record ClubBookAdded(ClubBookOutcome Outcome, ClubBook? Entry)
{
    public const string NotInCatalogueMessage = "There is no book with that ISBN in the catalogue, so nothing was added.";

    public string Message => Outcome switch
    {
        ClubBookOutcome.Added => $"Added “{Entry!.Book.Title}” to the club's reading list.",
        ClubBookOutcome.AlreadyListed => $"“{Entry!.Book.Title}” is already on the club's reading list.",
        _ => NotInCatalogueMessage,
    };
}
