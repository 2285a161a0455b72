using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.Catalog;

/// <summary>Reading the catalogue: search, one book, and the front page's picks. Removed books are never shown.</summary>
public sealed class BookCatalog(CatalogDatabase database)
{
    public async Task<CatalogPage> SearchAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var books = Filter(db.Books.AsNoTracking(), query);
        var total = await books.CountAsync(cancellationToken);
        var page = Math.Min(query.Page, Math.Max(1, (total + query.PageSize - 1) / query.PageSize));
        var items = await Order(books, query.Sort)
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new CatalogPage(items, total, query with { Page = page });
    }

    /// <summary>The book with this ISBN (hyphens allowed), or null when it is malformed, unknown or removed.</summary>
    public async Task<Book?> FindAsync(string? isbn, CancellationToken cancellationToken = default)
    {
        if (Isbn.Normalize(isbn) is not { } normalized)
            return null;

        await using var db = await database.OpenAsync(cancellationToken);
        return await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Isbn == normalized, cancellationToken);
    }

    public async Task<IReadOnlyList<Book>> FeaturedAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.Books.AsNoTracking().Where(b => b.Featured)
            .OrderBy(b => b.Title).ThenBy(b => b.Id).Take(count).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Book>> NewestAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.Books.AsNoTracking()
            .OrderByDescending(b => b.AddedAt).ThenByDescending(b => b.Id).Take(count).ToListAsync(cancellationToken);
    }

    private static IQueryable<Book> Filter(IQueryable<Book> books, CatalogQuery query)
    {
        foreach (var term in CatalogText.Terms(query.Text))
            books = books.Where(b => b.SearchText.Contains(term));
        if (query.Genre is { } genre)
            books = books.Where(b => b.Genre == genre);
        if (query.Language is { } language)
            books = books.Where(b => b.Language == language);
        return books;
    }

    private static IQueryable<Book> Order(IQueryable<Book> books, CatalogSort sort) => sort switch
    {
        CatalogSort.Author => books.OrderBy(b => b.SortAuthor).ThenBy(b => b.Title).ThenBy(b => b.Id),
        CatalogSort.Newest => books.OrderByDescending(b => b.AddedAt).ThenByDescending(b => b.Id),
        CatalogSort.YearAscending => books.OrderBy(b => b.Year).ThenBy(b => b.Title).ThenBy(b => b.Id),
        CatalogSort.YearDescending => books.OrderByDescending(b => b.Year).ThenBy(b => b.Title).ThenBy(b => b.Id),
        CatalogSort.PriceAscending => books.OrderBy(b => b.Price).ThenBy(b => b.Title).ThenBy(b => b.Id),
        CatalogSort.PriceDescending => books.OrderByDescending(b => b.Price).ThenBy(b => b.Title).ThenBy(b => b.Id),
        _ => books.OrderBy(b => b.SortTitle).ThenBy(b => b.Id),
    };
}
