namespace BookstoreBlazor.Catalog;

/// <summary>How a list of books is ordered; the names are what <c>sort=</c> says in a URL.</summary>
public enum CatalogSort
{
    Title,
    Author,
    Newest,
    YearAscending,
    YearDescending,
    PriceAscending,
    PriceDescending,
}

/// <summary>
/// One view of the catalogue, as a URL states it (<c>/books?q=&amp;genre=&amp;lang=&amp;sort=&amp;page=</c>). Anything
/// unknown in the URL falls back to the default rather than failing, so an old or hand-edited link still opens.
/// </summary>
public sealed record CatalogQuery(string? Text = null, string? Genre = null, string? Language = null,
    CatalogSort Sort = CatalogSort.Title, int Page = 1, int PageSize = CatalogQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 100;

    public static CatalogQuery From(string? text, string? genre, string? language, string? sort, int? page, int? pageSize = null) => new(
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, MaxTextLength)],
        BookGenres.Find(genre)?.Code,
        BookLanguages.Find(language)?.Code,
        ParseSort(sort),
        Math.Max(1, page ?? 1),
        Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));

    public bool IsFiltered => Text is not null || Genre is not null || Language is not null;

    public static CatalogSort ParseSort(string? sort) =>
        SortNames.FirstOrDefault(s => string.Equals(s.Value, sort, StringComparison.OrdinalIgnoreCase)).Key;

    public static string SortName(CatalogSort sort) => SortNames[sort];

    private static readonly Dictionary<CatalogSort, string> SortNames = new()
    {
        [CatalogSort.Title] = "title",
        [CatalogSort.Author] = "author",
        [CatalogSort.Newest] = "newest",
        [CatalogSort.YearAscending] = "year",
        [CatalogSort.YearDescending] = "year-desc",
        [CatalogSort.PriceAscending] = "price",
        [CatalogSort.PriceDescending] = "price-desc",
    };
}

/// <summary>One page of books, and how many match in all.</summary>
public sealed record CatalogPage(IReadOnlyList<Book> Books, int Total, CatalogQuery Query)
{
    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);
}
