using BookstoreBlazor.Clubs;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using BookstoreBlazor.Tests.Localization;
using BookstoreBlazor.Tests.Sessions;

namespace BookstoreBlazor.Tests.Clubs;

public sealed class ClubReadingListTests
{
    private const string Austen = TwoBooks.Austen;
    private const string Twain = TwoBooks.Twain;
    private const string Readers = "readers1";
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer<ClubsText> English = Localizers.For<ClubsText>();
    private const string Poets = "poets2";

    private static readonly ClubBookAdder Owner = new("owner-sub", "책벌레 Owner");
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private Task<BookDatabase> WithBooksAsync(SessionFlavour flavour = SessionFlavour.Sqlite) => TwoBooks.CreateAsync(flavour, _clock);

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task Add_ListsTheBook_WithWhoAddedItAndWhen_NewestFirst(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);

        var first = await books.ClubReadingList.AddAsync(Readers, "978-0-00-000001-9", Owner);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await books.ClubReadingList.AddAsync(Readers, Twain, new ClubBookAdder("other-owner", "Other"));

        Assert.Equal((ClubBookOutcome.Added, "Added “Pride and Prejudice” to the club's reading list."), (first.Outcome, first.Message(English)));
        var list = await books.ClubReadingList.ListAsync(Readers);
        Assert.Equal([Twain, Austen], list.Select(c => c.Book.Isbn));
        var austen = list[1];
        Assert.Equal(("owner-sub", "책벌레 Owner", new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), "Jane Austen"),
            (austen.AddedBySubject, austen.AddedByName, austen.AddedAt, austen.Book.AuthorLine));
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task AddingTheSameBookTwice_SaysItIsListed_AndKeepsOneEntry(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await books.ClubReadingList.AddAsync(Readers, Austen, Owner);

        var again = await books.ClubReadingList.AddAsync(Readers, Austen, new ClubBookAdder("someone", "Someone"));

        Assert.Equal((ClubBookOutcome.AlreadyListed, "“Pride and Prejudice” is already on the club's reading list."), (again.Outcome, again.Message(English)));
        Assert.Equal("owner-sub", Assert.Single(await books.ClubReadingList.ListAsync(Readers)).AddedBySubject);
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    public async Task TwoOwnersAddingTheSameBookAtOnce_OneEntry_TheOtherIsToldItIsListed(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            books.ClubReadingList.AddAsync(Readers, Austen, new ClubBookAdder($"owner-{i}", $"Owner {i}"))));

        Assert.Equal(1, results.Count(r => r.Outcome == ClubBookOutcome.Added));
        Assert.All(results, r => Assert.Equal(Austen, r.Entry!.Book.Isbn));
        Assert.Single(await books.ClubReadingList.ListAsync(Readers));
    }

    [Theory]
    [InlineData("9781111111113")] // a valid ISBN no catalogue book has
    [InlineData("9780000000018")] // a wrong check digit
    [InlineData("not an isbn")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AnUnknownOrMalformedIsbn_IsAClearError_AndAddsNothing(string? isbn)
    {
        await using var books = await WithBooksAsync();

        var result = await books.ClubReadingList.AddAsync(Readers, isbn, Owner);

        Assert.Equal((ClubBookOutcome.NotInCatalogue, "There is no book with that ISBN in the catalogue, so nothing was added.", (ClubBook?)null),
            (result.Outcome, result.Message(English), result.Entry));
        Assert.Equal(0, await books.CountAsync<ClubBook>());
    }

    [Fact]
    public async Task ABookRemovedFromTheCatalogue_CannotBeAdded_ButStaysOnListsThatHoldIt()
    {
        await using var books = await WithBooksAsync();
        await books.ClubReadingList.AddAsync(Readers, Austen, Owner);
        var austen = (await books.Catalog.FindAsync(Austen))!;
        await books.Editor.RemoveAsync(Austen, austen.Version, BookDatabase.Admin);

        var adding = await books.ClubReadingList.AddAsync(Poets, Austen, Owner);

        Assert.Equal(ClubBookOutcome.NotInCatalogue, adding.Outcome);
        var kept = Assert.Single(await books.ClubReadingList.ListAsync(Readers));
        Assert.NotNull(kept.Book.RemovedAt);
        Assert.True(await books.ClubReadingList.RemoveAsync(Readers, Austen));
        Assert.Empty(await books.ClubReadingList.ListAsync(Readers));
    }

    [Theory]
    [InlineData(SessionFlavour.Sqlite)]
    [InlineData(SessionFlavour.Postgres)]
    [SecurityCase(CatalogueArea.Authorization, "One club's reading list read or changed under another club's id",
        "Impossible: every list query is bound to the club id; another club's books are never listed, and removing there leaves them")]
    public async Task EachClub_SeesAndChangesOnlyItsOwnList(SessionFlavour flavour)
    {
        await using var books = await WithBooksAsync(flavour);
        await books.ClubReadingList.AddAsync(Readers, Austen, Owner);
        await books.ClubReadingList.AddAsync(Poets, Twain, Owner);

        Assert.Equal([Austen], (await books.ClubReadingList.ListAsync(Readers)).Select(c => c.Book.Isbn));
        Assert.Equal([Twain], (await books.ClubReadingList.ListAsync(Poets)).Select(c => c.Book.Isbn));
        Assert.Empty(await books.ClubReadingList.ListAsync("nobody9"));

        Assert.False(await books.ClubReadingList.RemoveAsync(Poets, Austen));
        Assert.Equal([Austen], (await books.ClubReadingList.ListAsync(Readers)).Select(c => c.Book.Isbn));
        Assert.True(await books.ClubReadingList.RemoveAsync(Readers, Austen));
        Assert.Empty(await books.ClubReadingList.ListAsync(Readers));
        Assert.Single(await books.ClubReadingList.ListAsync(Poets));
    }

    [Theory]
    [InlineData("../poets2")]
    [InlineData("POETS2")]
    [InlineData("poets2/x")]
    [InlineData("")]
    public async Task AMalformedClubId_IsRefusedBeforeTheDatabase(string clubId)
    {
        await using var books = await WithBooksAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => books.ClubReadingList.ListAsync(clubId));
        await Assert.ThrowsAsync<ArgumentException>(() => books.ClubReadingList.AddAsync(clubId, Austen, Owner));
        await Assert.ThrowsAsync<ArgumentException>(() => books.ClubReadingList.RemoveAsync(clubId, Austen));
        Assert.Equal(0, await books.CountAsync<ClubBook>());
    }

    [Fact]
    public void AnOverlongDisplayName_IsCutBetweenWholeCharacters()
    {
        var name = new string('a', 199) + "😀" + "tail";

        Assert.Equal(new string('a', 199), new ClubBookAdder("s", name).ShortName);
        Assert.Equal("short", new ClubBookAdder("s", "short").ShortName);
    }
}
