using BookstoreBlazor.Catalog.Covers;

namespace BookstoreBlazor.Catalog;

public static class CatalogEndpoints
{
    /// <summary>The catalogue's endpoints outside the Blazor pages: the drawn covers.</summary>
    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapCovers();
        return app;
    }
}
