using System.Text.Json;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Clubs;

public sealed class ClubShelvesTests
{
    private const string Austen = TwoBooks.Austen;
    private const string Twain = TwoBooks.Twain;
    private const string Club = "readers1";
    private const string Note = "PRIVATE-NOTE-무척 개인적인";

    private static Task<BookDatabase> WithBooksAsync(SessionFlavour flavour) => TwoBooks.CreateAsync(flavour);

    private static Task Shelve(BookDatabase books, string reader, string isbn, ShelfState state, int? rating, bool visible) =>
        books.Shelf.SaveAsync(reader, isbn, new ShelfChange(state, rating, Note, visible), null);

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    [SecurityCase(CatalogueArea.Authorization, "A club member reads another member's shelf entries the member did not mark visible to clubs",
        "Never returned: only entries the reader switched to \"Show to my book clubs\" are read (SQLite and PostgreSQL); a new entry is private")]
    public async Task OnlyEntriesTheMemberMarkedVisible_AreShown(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await Shelve(books, "member-a", Austen, ShelfState.Reading, 4, visible: true);
        await Shelve(books, "member-a", Twain, ShelfState.Read, 5, visible: false);
        await books.Shelf.SaveAsync("member-b", Twain, new ShelfChange(ShelfState.WantToRead), null);

        var shown = await books.ClubShelves.ListAsync(Club, ["member-a", "member-b"]);

        var entry = Assert.Single(shown);
        Assert.Equal(("member-a", Austen, ShelfState.Reading, 4), (entry.MemberId, entry.Book.Isbn, entry.State, entry.Rating));
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    [SecurityCase(CatalogueArea.Authorization, "A club member reads another member's private shelf note",
        "Never: what clubs see of a visible entry has no note field and the query does not read the note (SQLite and PostgreSQL)")]
    public async Task AVisibleEntry_NeverCarriesTheNote(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await Shelve(books, "member-a", Austen, ShelfState.Read, 3, visible: true);

        var shown = await books.ClubShelves.ListAsync(Club, ["member-a"]);

        Assert.DoesNotContain(typeof(ClubShelfEntry).GetProperties(), p => p.Name.Contains("Note", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Note, JsonSerializer.Serialize(shown));
        Assert.Equal(Note, (await books.Shelf.FindAsync("member-a", Austen))!.Note);
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task OnlyTheGivenMembers_AreRead_NewestChangeFirst(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await Shelve(books, "member-a", Austen, ShelfState.Reading, null, visible: true);
        await Shelve(books, "member-b", Twain, ShelfState.Read, 2, visible: true);
        await Shelve(books, "outsider", Austen, ShelfState.Read, 1, visible: true);

        var shown = await books.ClubShelves.ListAsync(Club, ["member-a", "member-b", "member-a", " ", ""]);

        Assert.Equal([("member-b", Twain), ("member-a", Austen)], shown.Select(e => (e.MemberId, e.Book.Isbn)));
        Assert.Empty(await books.ClubShelves.ListAsync(Club, []));
    }

    [Fact]
    public async Task TurningVisibilityOff_HidesTheEntryAgain_AndABookRemovedFromTheCatalogueIsNotShown()
    {
        await using var books = await WithBooksAsync(SessionFlavour.Sqlite);
        await Shelve(books, "member-a", Austen, ShelfState.Reading, null, visible: true);
        var twain = (await books.Shelf.SaveAsync("member-a", Twain, new ShelfChange(ShelfState.Read, null, null, true), null)).Value!;

        await books.Shelf.SaveAsync("member-a", Twain, new ShelfChange(ShelfState.Read), twain.Version);
        var austen = (await books.Catalog.FindAsync(Austen))!;
        await books.Editor.RemoveAsync(Austen, austen.Version, BookDatabase.Admin);

        Assert.Empty(await books.ClubShelves.ListAsync(Club, ["member-a"]));
    }

    [Fact]
    public async Task AMalformedClubId_IsRefused()
    {
        await using var books = await WithBooksAsync(SessionFlavour.Sqlite);

        await Assert.ThrowsAsync<ArgumentException>(() => books.ClubShelves.ListAsync("../readers1", ["member-a"]));
    }
}
