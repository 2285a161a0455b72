using System.Security.Claims;
using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Clubs;

/// <summary>The owner adding a book to a club's list: their Logto <c>sub</c> and display name as the list shows it.</summary>
public sealed record ClubBookAdder(string Subject, string Name)
{
    public static ClubBookAdder From(ClaimsPrincipal user) =>
        new(user.GetUserId() ?? throw new InvalidOperationException("Only a signed-in owner adds books."), user.GetDisplayName());

    /// <summary>The display name as stored: Logto's names are not length-limited, the column is.</summary>
    public string ShortName
    {
        get
        {
            const int max = ClubBookConfiguration.NameLength;
            if (Name.Length <= max)
                return Name;
            // Cutting between the two halves of a surrogate pair would leave text that cannot be encoded.
            return Name[..(char.IsHighSurrogate(Name[max - 1]) ? max - 1 : max)];
        }
    }
}
