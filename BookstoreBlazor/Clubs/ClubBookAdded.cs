using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

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
    public string Message(IStringLocalizer<ClubsText> text) => Outcome switch
    {
        ClubBookOutcome.Added => text["BookAdded", Entry!.Book.Title],
        ClubBookOutcome.AlreadyListed => text["BookAlreadyListed", Entry!.Book.Title],
        _ => text["BookNotInCatalogue"],
    };
}
