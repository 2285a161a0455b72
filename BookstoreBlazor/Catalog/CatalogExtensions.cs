using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Catalog.Seed;
using BookstoreBlazor.Components.Pages.Home;
using BookstoreBlazor.Shelves;

namespace BookstoreBlazor.Catalog;

public static class CatalogExtensions
{
    /// <summary>The catalogue (seeded from <c>books.json</c> at start), its editor and readers' shelves.</summary>
    public static WebApplicationBuilder AddBookstoreCatalog(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<CatalogSeeding>();
        services.AddSingleton<CatalogDatabase>();
        services.AddSingleton<BookCatalog>();
        services.AddSingleton<CatalogGeneration>();
        services.AddSingleton<CatalogEditor>();
        services.AddSingleton<Shelf>();
        // After the session database's migrator, which is registered first (AddBookstoreSessions).
        services.AddHostedService<CatalogSeeder>();
        services.AddSingleton<FrontPageCache>();
        services.AddHostedService<FrontPageWarmUp>();
        return builder;
    }
}
