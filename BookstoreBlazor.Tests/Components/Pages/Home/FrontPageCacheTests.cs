using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Home;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Tests.Components.Pages.Home;

/// <summary>The front page's rows come from memory, and an edit still shows.</summary>
public sealed class FrontPageCacheTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new();
    private BookDatabase _books = null!;

    public async Task InitializeAsync()
    {
        _books = await BookDatabase.CreateAsync(clock: _clock);
        await _books.AddAsync("9780141439518", "Pride and Prejudice", ["Jane Austen"]);
    }

    public async Task DisposeAsync() => await _books.DisposeAsync();

    [Fact]
    public async Task VisitorsTogether_ShareOneRead()
    {
        var first = _books.FrontPage.GetAsync();
        var second = _books.FrontPage.GetAsync();

        Assert.Same(first, second);
        Assert.Equal("Pride and Prejudice", Assert.Single((await first).Newest).Title);
        Assert.Same(first, _books.FrontPage.GetAsync());
    }

    [Fact]
    public async Task AnEditThroughThisApp_ShowsAtTheNextVisit()
    {
        await _books.FrontPage.GetAsync();

        await _books.AddAsync("9780141439600", "A Tale of Two Cities", ["Charles Dickens"]);

        var newest = (await _books.FrontPage.GetAsync()).Newest;
        Assert.Equal(["A Tale of Two Cities", "Pride and Prejudice"], newest.Select(b => b.Title));
    }

    [Fact]
    public async Task AnEditByAnotherInstance_ShowsOnceTheRowsAreAMinuteOld()
    {
        await _books.FrontPage.GetAsync();
        await RenameInTheDatabaseAsync("Pride and Prejudice", "Pride & Prejudice");

        _clock.Advance(FrontPageCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal("Pride and Prejudice", Assert.Single((await _books.FrontPage.GetAsync()).Newest).Title);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Pride & Prejudice", Assert.Single((await _books.FrontPage.GetAsync()).Newest).Title);
    }

    [Fact]
    public async Task AFailedRead_IsReadAgainByTheNextVisitor()
    {
        var databases = new FailingOnce(_books.Databases);
        var frontPage = new FrontPageCache(new BookCatalog(BookDatabase.CatalogOver(databases)), new CatalogGeneration(), _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(frontPage.GetAsync);

        Assert.Equal("Pride and Prejudice", Assert.Single((await frontPage.GetAsync()).Newest).Title);
    }

    // What an admin of another instance on the same database does: the row changes, this instance is not told.
    private async Task RenameInTheDatabaseAsync(string title, string newTitle)
    {
        await using var db = await _books.Databases.CreateDbContextAsync();
        await db.Books.Where(b => b.Title == title).ExecuteUpdateAsync(set => set.SetProperty(b => b.Title, newTitle));
    }

    private sealed class FailingOnce(IDbContextFactory<BookstoreDbContext> inner) : IDbContextFactory<BookstoreDbContext>
    {
        private int _calls;

        public BookstoreDbContext CreateDbContext() =>
            Interlocked.Increment(ref _calls) == 1 ? throw new InvalidOperationException("The database is down.") : inner.CreateDbContext();
    }
}
