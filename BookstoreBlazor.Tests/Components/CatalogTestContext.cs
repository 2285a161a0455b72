using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Home;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.Hosting;

namespace BookstoreBlazor.Tests.Components;

/// <summary>
/// A component test with the real catalogue behind it: a freshly migrated SQLite database (empty: tests add the books
/// they need).
/// </summary>
public abstract class CatalogTestContext : BookstoreTestContext, IAsyncLifetime
{
    private BookDatabase? _books;

    protected CatalogTestContext() => Services.AddFallbackServiceProvider(new CatalogServices(this));

    protected BookDatabase Books => _books ?? throw new InvalidOperationException("The database is created before each test.");

    async Task IAsyncLifetime.InitializeAsync() => _books = await BookDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_books is not null)
            await _books.DisposeAsync();
    }

    // Resolved when a component first asks, which is after InitializeAsync has made the database.
    private sealed class CatalogServices(CatalogTestContext test) : IServiceProvider
    {
        private static readonly IHostEnvironment Development = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = Environments.Development,
        };

        public object? GetService(Type serviceType) =>
            serviceType == typeof(BookCatalog) ? test.Books.Catalog
            : serviceType == typeof(FrontPageCache) ? test.Books.FrontPage
            : serviceType == typeof(Shelf) ? test.Books.Shelf
            : serviceType == typeof(IHostEnvironment) ? Development
            : null;
    }
}
