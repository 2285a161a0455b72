using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Catalog.Seed;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Components.Pages.Home;
using BookstoreBlazor.Sessions.Storage;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// The app's database without the app: migrated like at start (SQLite file or a fresh PostgreSQL database), seeded
/// from books.json or left empty, with the catalogue, editor, shelf and club services on top.
/// </summary>
public sealed class BookDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SharedSessionDatabase _database;

    private BookDatabase(ServiceProvider services, SharedSessionDatabase database)
    {
        _services = services;
        _database = database;
    }

    public IDbContextFactory<BookstoreDbContext> Databases => _services.GetRequiredService<IDbContextFactory<BookstoreDbContext>>();
    public BookCatalog Catalog => _services.GetRequiredService<BookCatalog>();
    public CatalogEditor Editor => _services.GetRequiredService<CatalogEditor>();
    public Shelf Shelf => _services.GetRequiredService<Shelf>();
    public ClubReadingList ClubReadingList => _services.GetRequiredService<ClubReadingList>();
    public ClubShelves ClubShelves => _services.GetRequiredService<ClubShelves>();

    public static BookEditor Admin { get; } = new("admin-sub", "Bookstore Admin");

    /// <summary>The catalogue's view of a database whose seeding is over: for tests that put a fault under it.</summary>
    public static CatalogDatabase CatalogOver(IDbContextFactory<BookstoreDbContext> databases) => new(databases, CatalogSeeding.AlreadyFinished());

    public FrontPageCache FrontPage => _services.GetRequiredService<FrontPageCache>();

    public static async Task<BookDatabase> CreateAsync(SessionFlavour flavour = SessionFlavour.Sqlite, bool seed = false,
        TimeProvider? clock = null)
    {
        var database = await SharedSessionDatabase.CreateAsync(flavour);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        var services = new ServiceCollection()
            .AddSingleton(clock ?? TimeProvider.System)
            .AddSingleton(CatalogSeeding.AlreadyFinished())
            .AddSingleton<CatalogDatabase>()
            .AddSingleton<BookCatalog>()
            .AddSingleton<CatalogGeneration>()
            .AddSingleton<FrontPageCache>()
            .AddSingleton<CatalogEditor>()
            .AddSingleton<Shelf>()
            .AddSingleton<ClubReadingList>()
            .AddSingleton<ClubShelves>()
            .AddSessionDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Development })
            .BuildServiceProvider();
        var books = new BookDatabase(services, database);
        await using (var db = await books.Databases.CreateDbContextAsync())
            await db.Database.MigrateAsync();
        if (seed)
            await books.SeedAsync();
        return books;
    }

    /// <summary>What the app does at every start.</summary>
    public Task SeedAsync() => new CatalogSeeder(Databases, new CatalogSeeding(), NullLogger<CatalogSeeder>.Instance).SeedAsync(CancellationToken.None);

    /// <summary>Adds a valid book (the fields not given are filled in) and returns it as saved.</summary>
    public async Task<Book> AddAsync(string isbn, string title, string[] authors, string language = "en", string genre = "novel",
        string[]? authorsLatin = null, string? alternateTitle = null, int year = 1900, int price = 10000)
    {
        var result = await Editor.AddAsync(new BookDraft
        {
            Isbn = isbn, Title = title, Authors = [.. authors], AuthorsLatin = [.. authorsLatin ?? []], AlternateTitle = alternateTitle,
            Year = year, Language = language, Genre = genre, Description = $"About {title}.", Price = price,
        }, Admin);
        return result.Value ?? throw new InvalidOperationException($"{isbn} was refused: {string.Join("; ", result.Errors!.SelectMany(e => e.Value))}");
    }

    public async Task<int> CountAsync<T>() where T : class
    {
        await using var db = await Databases.CreateDbContextAsync();
        return await db.Set<T>().IgnoreQueryFilters().CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
