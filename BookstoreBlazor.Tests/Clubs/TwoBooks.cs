using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Clubs;

/// <summary>A fresh database of either flavour holding two English novels, for the clubs' data tests.</summary>
internal static class TwoBooks
{
    public const string Austen = "9780000000019";
    public const string Twain = "9780000000026";

    public static async Task<BookDatabase> CreateAsync(SessionFlavour flavour = SessionFlavour.Sqlite, TimeProvider? clock = null)
    {
        var books = await BookDatabase.CreateAsync(flavour, clock: clock);
        await books.AddAsync(Austen, "Pride and Prejudice", ["Jane Austen"]);
        await books.AddAsync(Twain, "The Adventures of Tom Sawyer", ["Mark Twain"]);
        return books;
    }
}
